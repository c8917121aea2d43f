using System.Runtime.Loader;
using AmazonSalesRegression.Engine.Scripting;
using AmazonSalesRegression.Engine.Tests.Support;

namespace AmazonSalesRegression.Engine.Tests.Sessions;

/// <summary>What a host gives its notebooks through <see cref="EngineOptions"/>: imports, references, host libraries.</summary>
public sealed class EngineOptionsTests
{
    [Fact]
    public async Task Default_options_give_cells_dotnet_and_the_engine_helpers_only()
    {
        // Given
        await using var session = NotebookSessions.Create();

        // When
        var helpers = await session.ExecuteAsync("HTML(\"<b>x</b>\").Html.Length", new RecordingCellOutput(), CancellationToken.None);
        var library = await session.ExecuteAsync("MathNet.Numerics.Constants.Pi", new RecordingCellOutput(), CancellationToken.None);

        // Then
        Assert.True(helpers.Succeeded, helpers.Error?.Value);
        Assert.Equal("CompilationError", library.Error!.Name);
        Assert.Contains("'MathNet'", library.Error.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Custom_imports_let_cells_use_their_names_unqualified()
    {
        // Given one session that also imports System.Numerics, and one with the standard imports
        await using var custom = NotebookSessions.Create(
            new EngineOptions { Imports = [.. EngineOptions.StandardImports, "System.Numerics"] }
        );
        await using var standard = NotebookSessions.Create();

        // When
        var imported = await custom.ExecuteAsync("BigInteger.Pow(2, 70)", new RecordingCellOutput(), CancellationToken.None);
        var notImported = await standard.ExecuteAsync("BigInteger.Pow(2, 70)", new RecordingCellOutput(), CancellationToken.None);

        // Then
        Assert.True(imported.Succeeded, imported.Error?.Value);
        Assert.Equal("1180591620717411303424", imported.Result!.Text());
        Assert.Contains("error CS0103: The name 'BigInteger' does not exist", notImported.Error!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reference_root_brings_the_assemblies_it_depends_on_into_every_cell()
    {
        // Given Plotly.NET as the only root (its charts take FSharp.Core options, a dependency)
        await using var session = NotebookSessions.Create(
            new EngineOptions { ReferenceRoots = [typeof(Plotly.NET.GenericChart).Assembly] }
        );

        // When
        var result = await session.ExecuteAsync("Plotly.NET.Chart.Invisible()", new RecordingCellOutput(), CancellationToken.None);

        // Then
        Assert.True(result.Succeeded, result.Error?.Value);
        Assert.StartsWith("Plotly chart: 1 trace", result.Result!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reference_by_path_to_a_host_assembly_resolves_to_the_loaded_one_without_the_file()
    {
        // Given a library the host has loaded, and a notebook folder where its path does not exist
        using var folder = new TempDirectory();
        var library = folder.File("HostGreeter.dll");
        TestLibraries.Emit(
            library,
            "HostGreeter",
            "namespace Host.Tests; public static class Greeter { public static string Hi() => \"hi from the host\"; }"
        );
        var loaded = AssemblyLoadContext.Default.LoadFromAssemblyPath(library);
        await using var session = NotebookSessions.Create(new EngineOptions { WorkingDirectory = folder.Path, HostAssemblies = [loaded] });

        // When a cell names it by a path that was never built
        var result = await session.ExecuteAsync(
            "#r \"../lib/bin/NotBuilt/HostGreeter.dll\"\n"
                + "var sameAssembly = typeof(Host.Tests.Greeter).Assembly.Location == @\""
                + library
                + "\";\n"
                + "$\"{Host.Tests.Greeter.Hi()}, {sameAssembly}\"",
            new RecordingCellOutput(),
            CancellationToken.None
        );

        // Then the directive is accepted and the cell uses the host's copy
        Assert.True(result.Succeeded, result.Error?.Value);
        Assert.Equal("hi from the host, True", result.Result!.Text());
    }

    [Fact]
    public void The_standard_imports_end_with_the_engine_cell_helpers()
    {
        // When
        var imports = EngineOptions.StandardImports;

        // Then
        Assert.Equal("System", imports[0]);
        Assert.Equal(typeof(CellGlobals).Namespace, imports[^1]);
        Assert.Same(imports, EngineOptions.Default.Imports);
    }
}
