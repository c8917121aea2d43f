using AmazonSalesRegression.Engine.Tests.Support;

namespace AmazonSalesRegression.Engine.Tests.Sessions;

[Collection(ProcessWideCollection.Name)]
public sealed class ConsoleRedirectionTests
{
    [Fact]
    public async Task A_cell_that_redirects_the_console_does_so_only_until_it_ends()
    {
        // Given
        await using var session = NotebookSessions.Create(TestEngine.Options);
        var redirectingOutput = new RecordingCellOutput();
        var redirecting = await session.ExecuteAsync(
            "var captured = new StringWriter();\nConsole.SetOut(captured);\nConsole.Write(\"hidden\");\ncaptured.ToString()",
            redirectingOutput,
            CancellationToken.None
        );

        // When
        var next = new RecordingCellOutput();
        await session.ExecuteAsync("Console.Write(\"visible\");", next, CancellationToken.None);

        // Then
        Assert.Equal("hidden", redirecting.Result!.Text());
        Assert.Equal(string.Empty, redirectingOutput.StandardOutput);
        Assert.Equal("visible", next.StandardOutput);
    }
}
