using AmazonSalesRegression.Engine.Tests.Support;

namespace AmazonSalesRegression.Engine.Tests.Sessions;

[Collection(EngineCollection.Name)]
public sealed class DirectiveTests(SessionFixture fixture)
{
    [Theory]
    [InlineData("#r \"nuget: MathNet.Numerics, 5.0.0\"")]
    [InlineData("#r \"nuget:MathNet.Numerics,5.0\"")]
    [InlineData("#r \"nuget: mathnet.numerics\"")]
    [InlineData("#r \"nuget: Deedle, 8.1.0\"")]
    public async Task A_pinned_package_is_accepted_as_already_referenced(string directive)
    {
        // When
        var (result, _) = await fixture.RunAsync(directive + "\nMathNet.Numerics.Constants.Pi > 3");

        // Then
        Assert.True(result.Succeeded, result.Error?.Value);
        Assert.Equal("True", result.Result!.Text());
    }

    [Fact]
    public async Task Another_version_of_a_pinned_package_is_an_error_naming_the_pinned_version()
    {
        // When
        var (result, _) = await fixture.RunAsync("// packages\n#r \"nuget: MathNet.Numerics, 4.15.0\"\n1");

        // Then
        Assert.Equal("CompilationError", result.Error!.Name);
        Assert.StartsWith("(2,1): error NB1002:", result.Error.Value, StringComparison.Ordinal);
        Assert.Contains("4.15.0", result.Error.Value, StringComparison.Ordinal);
        Assert.Contains("pins 5.0.0", result.Error.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_package_is_an_error_listing_the_available_ones()
    {
        // When
        var (result, _) = await fixture.RunAsync("#r \"nuget: Newtonsoft.Json, 13.0.3\"");

        // Then
        Assert.StartsWith("(1,1): error NB1001: Package 'Newtonsoft.Json' is not available", result.Error!.Value, StringComparison.Ordinal);
        Assert.Contains("MathNet.Numerics 5.0.0", result.Error.Value, StringComparison.Ordinal);
        Assert.Contains("Plotly.NET 6.0.0", result.Error.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_assembly_path_is_referenced_relative_to_the_working_directory()
    {
        // Given
        using var folder = new TempDirectory();
        Directory.CreateDirectory(folder.File("lib"));
        TestLibraries.Emit(folder.File(Path.Combine("lib", "Greeter.dll")));
        await using var session = NotebookSessions.Create(TestEngine.Options with { WorkingDirectory = folder.Path });

        // When
        var result = await session.ExecuteAsync(
            "#r \"lib/Greeter.dll\"\nGreeting.Tests.Greeter.Hello(\"course\")",
            new RecordingCellOutput(),
            CancellationToken.None
        );

        // Then
        Assert.True(result.Succeeded, result.Error?.Value);
        Assert.Equal("hello course", result.Result!.Text());
    }

    [Fact]
    public async Task A_dependency_next_to_a_referenced_assembly_is_loaded_when_the_cell_runs()
    {
        // Given
        using var folder = new TempDirectory();
        Directory.CreateDirectory(folder.File("lib"));
        var greeter = folder.File(Path.Combine("lib", "Greeter.dll"));
        TestLibraries.Emit(greeter);
        TestLibraries.Emit(
            folder.File(Path.Combine("lib", "Welcome.dll")),
            "Welcome",
            "namespace Welcome.Tests; public static class Door { public static string Open() => Greeting.Tests.Greeter.Hello(\"door\"); }",
            greeter
        );
        await using var session = NotebookSessions.Create(TestEngine.Options with { WorkingDirectory = folder.Path });

        // When
        var result = await session.ExecuteAsync(
            "#r \"lib/Welcome.dll\"\nWelcome.Tests.Door.Open()",
            new RecordingCellOutput(),
            CancellationToken.None
        );

        // Then
        Assert.True(result.Succeeded, result.Error?.Value);
        Assert.Equal("hello door", result.Result!.Text());
    }

    [Fact]
    public async Task A_referenced_assembly_stays_available_when_its_cell_fails_to_compile()
    {
        // Given
        using var folder = new TempDirectory();
        TestLibraries.Emit(folder.File("Greeter.dll"));
        await using var session = NotebookSessions.Create(TestEngine.Options with { WorkingDirectory = folder.Path });
        var failed = await session.ExecuteAsync(
            "#r \"Greeter.dll\"\nthis does not compile",
            new RecordingCellOutput(),
            CancellationToken.None
        );

        // When
        var result = await session.ExecuteAsync(
            "Greeting.Tests.Greeter.Hello(\"again\")",
            new RecordingCellOutput(),
            CancellationToken.None
        );

        // Then
        Assert.False(failed.Succeeded);
        Assert.True(result.Succeeded, result.Error?.Value);
        Assert.Equal("hello again", result.Result!.Text());
    }

    [Fact]
    public async Task A_missing_assembly_file_is_an_error()
    {
        // When
        var (result, _) = await fixture.RunAsync("#r \"no/such/library.dll\"");

        // Then
        Assert.StartsWith(
            "(1,1): error NB1003: Assembly file 'no/such/library.dll' was not found",
            result.Error!.Value,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Other_interactive_magics_are_errors()
    {
        // When
        var (result, _) = await fixture.RunAsync("#!about");

        // Then
        Assert.StartsWith(
            "(1,1): error NB1004: The .NET Interactive magic command '#!about' is not supported",
            result.Error!.Value,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Package_sources_are_ignored_with_a_note()
    {
        // When
        var (result, output) = await fixture.RunAsync("#i \"nuget: https://example.invalid/v3/index.json\"\n2 + 2");

        // Then
        Assert.True(result.Succeeded, result.Error?.Value);
        Assert.Equal("4", result.Result!.Text());
        Assert.Contains("#i \"nuget: https://example.invalid/v3/index.json\" ignored", output.StandardError, StringComparison.Ordinal);
    }
}
