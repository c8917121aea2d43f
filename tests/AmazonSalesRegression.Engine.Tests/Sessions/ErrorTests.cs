using AmazonSalesRegression.Engine.Tests.Support;

namespace AmazonSalesRegression.Engine.Tests.Sessions;

[Collection(EngineCollection.Name)]
public sealed class ErrorTests(SessionFixture fixture)
{
    [Fact]
    public async Task Compile_errors_are_located_relative_to_the_cell_after_directive_lines()
    {
        // Given
        const string code = "#r \"nuget: MathNet.Numerics, 5.0.0\"\n#!csharp\nvar broken = undefinedName + 1;";

        // When
        var (result, _) = await fixture.RunAsync(code);

        // Then
        Assert.Equal("CompilationError", result.Error!.Name);
        Assert.StartsWith("(3,14): error CS0103:", result.Error.Value, StringComparison.Ordinal);
        Assert.Contains("undefinedName", result.Error.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_compile_error_is_listed_in_the_traceback()
    {
        // When
        var (result, _) = await fixture.RunAsync("int first = \"text\";\nint second = missingName;");

        // Then
        Assert.Equal(2, result.Error!.Traceback.Count);
        Assert.StartsWith("(1,13): error CS0029:", result.Error.Traceback[0], StringComparison.Ordinal);
        Assert.StartsWith("(2,14): error CS0103:", result.Error.Traceback[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Runtime_exceptions_report_their_type_message_and_cell_line()
    {
        // Given
        await fixture.RunAsync("var zero = 0;");

        // When
        var (result, _) = await fixture.RunAsync("var a = 1;\nvar b = a / zero;");

        // Then
        Assert.Equal("DivideByZeroException", result.Error!.Name);
        Assert.Equal("Attempted to divide by zero.", result.Error.Value);
        Assert.Equal("DivideByZeroException: Attempted to divide by zero.", result.Error.Traceback[0]);
        Assert.Matches(@"^   at cell \d+, line 2$", result.Error.Traceback[1]);
        Assert.DoesNotContain(result.Error.Traceback, line => line.Contains("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Error.Traceback, line => line.Contains("AmazonSalesRegression.Engine", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Frames_inside_methods_declared_by_cells_name_the_method()
    {
        // Given
        await fixture.RunAsync("int Fail(int x)\n{\n    throw new InvalidOperationException(\"bad \" + x);\n}");

        // When
        var (result, _) = await fixture.RunAsync("Fail(7)");

        // Then
        Assert.Equal("InvalidOperationException", result.Error!.Name);
        Assert.Equal("bad 7", result.Error.Value);
        Assert.Matches(@"^   at Fail \(cell \d+, line 3\)$", result.Error.Traceback[1]);
    }

    [Fact]
    public async Task Frames_name_the_cell_each_one_came_from()
    {
        // Given
        var (declared, _) = await fixture.RunAsync("int Halve(int x)\n{\n    return checked(x / (x - x));\n}");

        // When
        var (result, _) = await fixture.RunAsync("var n = 4;\nvar half = Halve(n);");

        // Then
        Assert.Equal("DivideByZeroException", result.Error!.Name);
        Assert.Equal($"   at Halve (cell {declared.ExecutionCount}, line 3)", result.Error.Traceback[1]);
        Assert.Equal($"   at cell {result.ExecutionCount}, line 2", result.Error.Traceback[2]);
    }

    [Fact]
    public async Task Frames_inside_lambdas_and_after_an_await_are_located_on_their_line()
    {
        // Given
        const string code =
            "async Task<int> LaterAsync(int x)\n{\n    await Task.Yield();\n    return new[] { x }\n        .Select(v => v / (v - x))\n        .Single();\n}\nawait LaterAsync(3)";

        // When
        var (result, _) = await fixture.RunAsync(code);

        // Then
        Assert.Equal("DivideByZeroException", result.Error!.Name);
        Assert.Contains($"   at LaterAsync (cell {result.ExecutionCount}, line 5)", result.Error.Traceback);
        Assert.Contains($"   at LaterAsync (cell {result.ExecutionCount}, line 4)", result.Error.Traceback);
        Assert.Equal($"   at cell {result.ExecutionCount}, line 8", result.Error.Traceback[^1]);
    }

    [Fact]
    public async Task The_session_stays_usable_after_a_runtime_error()
    {
        // Given
        await fixture.RunAsync("var survivor = 5;");
        await fixture.RunAsync("var assignedBeforeThrow = 6;\nthrow new FormatException(\"boom\");");

        // When
        var (result, _) = await fixture.RunAsync("survivor + assignedBeforeThrow");

        // Then
        Assert.True(result.Succeeded, result.Error?.Value);
        Assert.Equal("11", result.Result!.Text());
    }

    [Theory]
    [InlineData("Environment.Exit(0);", "(1,13): error NB0001: Environment.Exit")]
    [InlineData("System.Environment.FailFast(\"bye\");", "(1,20): error NB0001: Environment.FailFast")]
    [InlineData("using static System.Environment;\nExit(3);", "(2,1): error NB0001: Environment.Exit")]
    [InlineData("Action<int> leave = Environment.Exit;", "(1,33): error NB0001: Environment.Exit")]
    public async Task Calls_that_would_end_the_kernel_are_rejected_before_running(string code, string expected)
    {
        // When
        var (result, _) = await fixture.RunAsync(code);

        // Then
        Assert.Equal("CompilationError", result.Error!.Name);
        Assert.StartsWith(expected, result.Error.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_merely_named_Exit_is_allowed()
    {
        // When
        var (result, _) = await fixture.RunAsync("static class Door { public static int Exit(int x) => x; }\nDoor.Exit(4)");

        // Then
        Assert.True(result.Succeeded, result.Error?.Value);
        Assert.Equal("4", result.Result!.Text());
    }
}
