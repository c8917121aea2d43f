using AmazonSalesRegression.Engine.Running;
using MathNet.Numerics.LinearAlgebra;
using Microsoft.Data.Analysis;
using Microsoft.FSharp.Core;
using Plotly.NET;

namespace AmazonSalesRegression.Engine.Tests.Support;

/// <summary>
/// The settings of the tests' notebooks, as a host that offers libraries would set them: the libraries the engine
/// formats, and MathNet.Numerics, referenced and imported (Deedle referenced only), three of them pinned as packages.
/// </summary>
public static class TestEngine
{
    public static EngineOptions Options { get; } =
        new()
        {
            Imports = [.. EngineOptions.StandardImports, "MathNet.Numerics.LinearAlgebra", "Microsoft.Data.Analysis", "Plotly.NET"],
            ReferenceRoots =
            [
                typeof(Matrix<>).Assembly,
                typeof(DataFrame).Assembly,
                typeof(Deedle.Frame).Assembly,
                typeof(FSharpOption<>).Assembly,
                typeof(GenericChart).Assembly,
            ],
            NotebookPackages = [new("Deedle", "8.1.0"), new("MathNet.Numerics", "5.0.0"), new("Plotly.NET", "6.0.0")],
        };

    public static NotebookRunOptions Run { get; } = new() { Engine = Options };
}
