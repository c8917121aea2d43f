using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AmazonSalesRegression.Engine.Tests.Support;

/// <summary>Tiny libraries compiled on the fly, for cells to reference.</summary>
public static class TestLibraries
{
    /// <summary>Compiles <paramref name="source"/> into a library named <paramref name="name"/> at <paramref name="path"/>.</summary>
    public static void Emit(
        string path,
        string name = "Greeter",
        string source =
            "namespace Greeting.Tests; public static class Greeter { public static string Hello(string name) => \"hello \" + name; }",
        params string[] references
    )
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var compilation = CSharpCompilation.Create(
            name,
            [CSharpSyntaxTree.ParseText(source)],
            [
                MetadataReference.CreateFromFile(typeof(object).Assembly.Location),
                MetadataReference.CreateFromFile(Path.Combine(runtime, "System.Runtime.dll")),
                .. references.Select(r => MetadataReference.CreateFromFile(r)),
            ],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
        );
        var emitted = compilation.Emit(path);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
    }
}
