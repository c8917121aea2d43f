using AmazonSalesRegression.Engine.Tests.Support;

namespace AmazonSalesRegression.Engine.Tests.Sessions;

// Each test uses its own session: an abandoned cell must not disturb other tests.
public sealed class InterruptTests
{
    [Fact]
    public async Task A_cooperative_loop_stops_on_interrupt()
    {
        // Given
        await using var session = NotebookSessions.Create(TestEngine.Options);
        using var interrupt = new CancellationTokenSource();
        var output = new RecordingCellOutput();
        var running = session.ExecuteAsync(
            "Console.WriteLine(\"started\");\nwhile (true) { CancellationToken.ThrowIfCancellationRequested(); await Task.Delay(10); }",
            output,
            interrupt.Token
        );
        await WaitForAsync(() => output.StandardOutput.Length > 0);

        // When
        interrupt.Cancel();
        var result = await running;

        // Then
        Assert.Equal("OperationCanceledException", result.Error!.Name);
        Assert.Equal("The cell was interrupted.", result.Error.Value);
    }

    [Fact]
    public async Task A_cell_that_ignores_the_interrupt_is_abandoned_and_later_cells_continue_from_the_last_completed_state()
    {
        // Given
        await using var session = NotebookSessions.Create(
            TestEngine.Options with
            {
                InterruptGracePeriod = TimeSpan.FromMilliseconds(200),
            }
        );
        await session.ExecuteAsync("var counter = 1;", new RecordingCellOutput(), CancellationToken.None);
        using var interrupt = new CancellationTokenSource();
        var runaway = new RecordingCellOutput();
        var running = session.ExecuteAsync(
            "Console.WriteLine(\"runaway\");\nfor (var i = 0; i < 40; i++) { System.Threading.Thread.Sleep(50); }\n"
                + "Console.WriteLine(\"late\");\nAppDomain.CurrentDomain.SetData(\"interrupt-test-done\", true);\nvar fromRunaway = 1;",
            runaway,
            interrupt.Token
        );
        await WaitForAsync(() => runaway.StandardOutput.Length > 0);

        // When
        interrupt.Cancel();
        var abandoned = await running;
        var (next, nextOutput) = await RunAsync(session, "Console.WriteLine(\"next\");\ncounter");
        var (undeclared, _) = await RunAsync(session, "fromRunaway");
        await WaitForAsync(() => AppDomain.CurrentDomain.GetData("interrupt-test-done") is true);

        // Then
        Assert.Equal("OperationCanceledException", abandoned.Error!.Name);
        Assert.Contains("abandoned", abandoned.Error.Value, StringComparison.Ordinal);
        Assert.True(next.Succeeded, next.Error?.Value);
        Assert.Equal("next\n", nextOutput.StandardOutput);
        Assert.Equal("CompilationError", undeclared.Error!.Name);
        Assert.Equal("runaway\n", runaway.StandardOutput);
    }

    [Fact]
    public async Task A_cell_interrupted_before_it_starts_does_not_run()
    {
        // Given
        await using var session = NotebookSessions.Create(TestEngine.Options);
        var output = new RecordingCellOutput();

        // When
        var result = await session.ExecuteAsync("Console.WriteLine(\"never\");", output, new CancellationToken(canceled: true));

        // Then
        Assert.Equal("OperationCanceledException", result.Error!.Name);
        Assert.Equal(string.Empty, output.StandardOutput);
    }

    private static async Task<(CellExecutionResult Result, RecordingCellOutput Output)> RunAsync(INotebookSession session, string code)
    {
        var output = new RecordingCellOutput();
        return (await session.ExecuteAsync(code, output, CancellationToken.None), output);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 600 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "The cell did not get there in time.");
    }
}
