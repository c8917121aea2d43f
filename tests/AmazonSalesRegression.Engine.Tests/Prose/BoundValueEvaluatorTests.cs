using AmazonSalesRegression.Engine.Prose;
using AmazonSalesRegression.Engine.Tests.Support;

namespace AmazonSalesRegression.Engine.Tests.Prose;

public sealed class BoundValueEvaluatorTests
{
    [Fact]
    public async Task Evaluating_templates_counts_no_execution_writes_no_output_and_leaves_no_variable_behind()
    {
        // Given a session with one counted cell
        await using var session = NotebookSessions.Create(TestEngine.Options);
        await session.ExecuteAsync("var growth = 0.125;", new RecordingCellOutput(), CancellationToken.None);
        var before = await session.CompleteAsync("e", 1, CancellationToken.None);

        // When two templates are evaluated, one of which throws (so the generated catch variable is used)
        var output = new RecordingCellOutput();
        var outcomes = await BoundValueEvaluator.EvaluateAsync(
            session,
            ["{100 * growth:F1} %", "{int.Parse(\"x\")}"],
            TimeSpan.FromMinutes(1),
            CancellationToken.None
        );
        var after = await session.CompleteAsync("e", 1, CancellationToken.None);
        var next = await session.ExecuteAsync("growth", output, CancellationToken.None);

        // Then
        Assert.Equal(new BoundValueOutcome("12.5 %", null), outcomes[0]);
        Assert.StartsWith("throws FormatException: ", outcomes[1].Error, StringComparison.Ordinal);
        Assert.Equal(before.Matches, after.Matches);
        Assert.Equal(2, next.ExecutionCount);
        Assert.Equal(string.Empty, output.StandardOutput);
    }
}
