using AmazonSalesRegression.Engine.Tests.Support;

namespace AmazonSalesRegression.Engine.Tests.Sessions;

[Collection(EngineCollection.Name)]
public sealed class ExecutionTests(SessionFixture fixture)
{
    [Fact]
    public async Task Variables_persist_across_cells()
    {
        // Given
        await fixture.RunAsync("var persisted = 20;");

        // When
        var (result, _) = await fixture.RunAsync("persisted * 2 + 1");

        // Then
        Assert.True(result.Succeeded);
        Assert.Equal("41", result.Result!.Text());
    }

    [Fact]
    public async Task A_trailing_expression_becomes_the_result()
    {
        // When
        var (result, _) = await fixture.RunAsync("var word = \"notebook\";\nword.ToUpperInvariant()");

        // Then
        Assert.Equal("NOTEBOOK", result.Result!.Text());
    }

    [Theory]
    [InlineData("var statementOnly = 1;")]
    [InlineData("Console.WriteLine(\"void call\")")]
    [InlineData("int Twice(int x) => 2 * x;")]
    public async Task Statements_and_void_calls_have_no_result(string code)
    {
        // When
        var (result, _) = await fixture.RunAsync(code);

        // Then
        Assert.True(result.Succeeded);
        Assert.Null(result.Result);
    }

    [Fact]
    public async Task A_null_trailing_expression_shows_null()
    {
        // When
        var (result, _) = await fixture.RunAsync("string? nothing = null;\nnothing");

        // Then
        Assert.Equal("<null>", result.Result!.Text());
    }

    [Fact]
    public async Task Standard_output_and_error_go_to_the_cell_that_wrote_them()
    {
        // When
        var (_, first) = await fixture.RunAsync("Console.WriteLine(\"out one\"); Console.Error.WriteLine(\"err one\");");
        var (_, second) = await fixture.RunAsync("Console.Write(\"out two\");");

        // Then
        Assert.Equal("out one\n", first.StandardOutput);
        Assert.Equal("err one\n", first.StandardError);
        Assert.Equal("out two", second.StandardOutput);
        Assert.Equal(string.Empty, second.StandardError);
    }

    [Fact]
    public async Task Threads_started_by_a_cell_write_to_that_cell()
    {
        // When
        var (_, output) = await fixture.RunAsync(
            "var worker = new System.Threading.Thread(() => Console.WriteLine(\"from thread\"));\nworker.Start(); worker.Join();\n"
                + "await Task.Run(() => Console.WriteLine(\"from task\"));"
        );

        // Then
        Assert.Equal("from thread\nfrom task\n", output.StandardOutput);
    }

    [Fact]
    public async Task The_host_console_is_not_captured_while_a_cell_runs()
    {
        // Given
        var running = fixture.RunAsync("System.Threading.Thread.Sleep(300); Console.Write(\"cell\");");

        // When
        Console.Write("host ");
        var (_, output) = await running;

        // Then
        Assert.Equal("cell", output.StandardOutput);
    }

    [Fact]
    public async Task Console_writes_made_by_the_output_itself_go_to_the_host_not_back_into_the_cell()
    {
        // Given
        var output = new LoggingCellOutput();

        // When
        var result = await fixture.Session.ExecuteAsync("Console.Write(\"user\");", output, CancellationToken.None);

        // Then
        Assert.True(result.Succeeded, result.Error?.Value);
        Assert.Equal(["user"], output.Received);
    }

    [Fact]
    public async Task Execution_counts_increase_by_one_per_cell()
    {
        // Given
        var before = fixture.Session.ExecutionCount;

        // When
        var (first, _) = await fixture.RunAsync("1");
        var (second, _) = await fixture.RunAsync("this is not C#");

        // Then
        Assert.Equal(before + 1, first.ExecutionCount);
        Assert.Equal(before + 2, second.ExecutionCount);
        Assert.Equal(before + 2, fixture.Session.ExecutionCount);
    }

    [Fact]
    public async Task A_cell_run_without_counting_changes_the_state_but_not_the_execution_count()
    {
        // Given
        var before = fixture.Session.ExecutionCount;

        // When
        var quiet = await fixture.Session.ExecuteAsync("var quietly = 5;", new RecordingCellOutput(), false, CancellationToken.None);
        var (next, _) = await fixture.RunAsync("quietly + 1");

        // Then
        Assert.True(quiet.Succeeded, quiet.Error?.Value);
        Assert.Equal(before, quiet.ExecutionCount);
        Assert.Equal(before + 1, next.ExecutionCount);
        Assert.Equal("6", next.Result!.Text());
    }

    [Fact]
    public async Task The_imports_of_the_options_are_in_scope_in_every_cell()
    {
        // When
        var (result, _) = await fixture.RunAsync(
            "var identity = Matrix<double>.Build.DenseIdentity(2);\n"
                + "var frame = new DataFrame(new PrimitiveDataFrameColumn<int>(\"a\", new[] { 1 }));\n"
                + "var empty = Chart.Invisible();\n"
                + "var bytes = Encoding.UTF8.GetBytes(Path.GetFileName(\"x/y.txt\"));\n"
                + "identity.Trace() + \" \" + frame.Rows.Count + \" \" + bytes.Length"
        );

        // Then
        Assert.True(result.Succeeded, result.Error?.Value);
        Assert.Equal("2 1 5", result.Result!.Text());
    }

    [Fact]
    public async Task A_cell_with_only_a_using_directive_imports_for_the_cells_after_it()
    {
        // Given
        var (imported, _) = await fixture.RunAsync("using System.Text.Json;");

        // When
        var (result, _) = await fixture.RunAsync("JsonSerializer.Serialize(new[] { 1, 2 })");

        // Then
        Assert.True(imported.Succeeded, imported.Error?.Value);
        Assert.Null(imported.Result);
        Assert.True(result.Succeeded, result.Error?.Value);
        Assert.Equal("[1,2]", result.Result!.Text());
    }

    [Fact]
    public async Task Types_and_methods_declared_in_a_cell_work_in_later_cells()
    {
        // Given
        await fixture.RunAsync("record Sale(string Sku, int Units);\nstatic int Twice(int x) => 2 * x;");
        await fixture.RunAsync("var sales = new List<Sale> { new(\"A-1\", 3), new(\"B-2\", 4) };");

        // When
        var (result, _) = await fixture.RunAsync("Twice(sales.Sum(s => s.Units)) + \" \" + sales[1]");

        // Then
        Assert.True(result.Succeeded, result.Error?.Value);
        Assert.Equal("14 Sale { Sku = B-2, Units = 4 }", result.Result!.Text());
    }

    /// <summary>An output that logs to the console while it handles a write, as a kernel might.</summary>
    private sealed class LoggingCellOutput : ICellOutput
    {
        public List<string> Received { get; } = [];

        public void WriteStandardOutput(string text)
        {
            Received.Add(text);
            Console.Error.Write(" ");
        }

        public void WriteStandardError(string text) => Received.Add("stderr:" + text);

        public void Display(DisplayData data, string? displayId, bool update) { }

        public Task<string> ReadInputAsync(string prompt, bool password, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("No input in tests.");
    }
}
