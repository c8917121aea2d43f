using System.Text.Json;
using System.Text.Json.Nodes;
using AmazonSalesRegression.Cli.Notebooks;
using AmazonSalesRegression.Engine.Running;

namespace AmazonSalesRegression.Cli.Tests;

/// <summary>The kernel driven by nbclient (as CI and JupyterLab drive it) gives the same outputs as the headless runner.</summary>
public sealed class KernelThroughNbclientTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("asr-nbclient-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Nbclient_and_the_runner_produce_the_same_outputs_for_a_notebook()
    {
        // Given the kernelspec installed under a private prefix, launching this build of the CLI
        var jupyterPath = JupyterClients.InstallKernelSpec(_folder);
        var source = Path.Combine(
            CoursePaths.FindRoot(AppContext.BaseDirectory),
            "tests",
            "AmazonSalesRegression.Cli.Tests",
            "Notebooks",
            "kernel_smoke.ipynb"
        );
        var viaKernel = Path.Combine(_folder, "kernel.ipynb");
        var viaRunner = Path.Combine(_folder, "runner.ipynb");
        File.Copy(source, viaKernel);
        File.Copy(source, viaRunner);

        // When nbclient executes one copy through the kernel and the runner executes the other in-process
        var script =
            "import nbformat, nbclient, sys\n"
            + "nb = nbformat.read(sys.argv[1], as_version=4)\n"
            + "nbclient.NotebookClient(nb, timeout=120, kernel_name='amazon-sales-csharp').execute()\n"
            + "nbformat.write(nb, sys.argv[1])\n";
        var client = JupyterClients.Run(
            JupyterClients.Python,
            ["-c", script, viaKernel],
            new Dictionary<string, string> { ["JUPYTER_PATH"] = jupyterPath },
            workingDirectory: _folder
        );
        var runner = await NotebookRunner.RunAsync(viaRunner, CourseNotebookEngine.RunOptions);

        // Then both succeed and every code cell has the same execution count and outputs
        Assert.True(client.ExitCode == 0, client.Error);
        Assert.True(runner.Succeeded, string.Join("; ", runner.Failures));
        var expected = CodeCells(viaRunner);
        var actual = CodeCells(viaKernel);
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(["execute_result: text/plain=42"], Outputs(actual[0]));
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i]["execution_count"]!.GetValue<int>(), actual[i]["execution_count"]!.GetValue<int>());
            Assert.Equal(Outputs(expected[i]), Outputs(actual[i]));
        }
    }

    private static List<JsonNode> CodeCells(string path) =>
        JsonNode.Parse(File.ReadAllText(path))!["cells"]!
            .AsArray()
            .Where(c => c!["cell_type"]!.GetValue<string>() == "code")
            .Select(c => c!)
            .ToList();

    /// <summary>Output type with its text or MIME bundle, as comparable text (metadata and transient ids left out).</summary>
    private static List<string> Outputs(JsonNode cell) =>
        cell["outputs"]!.AsArray().Select(o => o!["output_type"]!.GetValue<string>() + ": " + Text(o["text"]) + Text(o["data"])).ToList();

    private static string Text(JsonNode? node) =>
        node switch
        {
            null => string.Empty,
            JsonArray lines => string.Concat(lines.Select(l => l!.GetValue<string>())),
            JsonObject bundle => string.Join(
                "\n",
                bundle.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + Text(p.Value))
            ),
            JsonValue value when value.TryGetValue<string>(out var text) => text,
            _ => node.ToJsonString(new JsonSerializerOptions { WriteIndented = false }),
        };
}
