using System.Text.Json.Nodes;

namespace AmazonSalesRegression.Cli.Tests;

/// <summary>
/// The committed file-based twins run as programs (<c>dotnet run notebooks/cs/NN_name.cs</c> from the repository's root,
/// as the README says) and print the self-check lines of their notebooks' committed outputs, in order. Five builds and
/// runs: this test takes minutes.
/// </summary>
public sealed class NotebookTwinRunTests
{
    private static readonly string Root = CoursePaths.FindRoot(AppContext.BaseDirectory);

    [Fact]
    public void Every_twin_runs_and_prints_its_notebook_s_self_check_lines_in_order()
    {
        // Given the lesson notebooks and their twins
        var notebooks = Directory.GetFiles(Path.Combine(Root, "notebooks"), "0?_*.ipynb").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(5, notebooks.Count);
        var dotnet = Environment.ProcessPath!.EndsWith("dotnet", StringComparison.Ordinal) ? Environment.ProcessPath : "dotnet";

        foreach (var notebook in notebooks)
        {
            var twin = $"notebooks/cs/{Path.GetFileNameWithoutExtension(notebook)}.cs";

            // When the twin runs
            var (exitCode, output, error) = JupyterClients.Run(dotnet, ["run", twin], timeout: TimeSpan.FromMinutes(10), workingDirectory: Root);

            // Then it succeeds and prints the notebook's self-check lines
            Assert.True(exitCode == 0, $"{twin} exited with {exitCode}:\n{output}\n{error}");
            Assert.Equal(SelfChecks(CommittedStdout(notebook)), SelfChecks(output));
        }
    }

    private static string CommittedStdout(string notebook) =>
        string.Concat(
            JsonNode
                .Parse(File.ReadAllText(notebook))!["cells"]!.AsArray()
                .SelectMany(cell => cell!["outputs"]?.AsArray() ?? [])
                .Where(output => (string?)output!["output_type"] == "stream" && (string?)output["name"] == "stdout")
                .SelectMany(output => output!["text"]!.AsArray().Select(line => (string?)line))
        );

    private static List<string> SelfChecks(string text) =>
        text.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.StartsWith('✔')).ToList();
}
