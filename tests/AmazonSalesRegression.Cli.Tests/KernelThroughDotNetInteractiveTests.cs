using System.Text.Json.Nodes;

namespace AmazonSalesRegression.Cli.Tests;

/// <summary>
/// The five notebooks run unchanged under the official .NET Interactive C# kernel, driven by nbclient: no errors, nothing
/// on stderr, the same self-checks passing as under the course's kernel (the committed outputs), and charts sent with
/// the Plotly MIME type (the course's extension is active).
/// </summary>
public sealed class KernelThroughDotNetInteractiveTests : IDisposable
{
    private const string PlotlyJson = "application/vnd.plotly.v1+json";
    private readonly string _folder = Directory.CreateTempSubdirectory("asr-dotnet-interactive-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Every_notebook_runs_under_dotnet_interactive_with_the_self_checks_of_the_course_kernel()
    {
        // Given dotnet-interactive's kernelspec under a private JUPYTER_PATH, and a copy of the course to run in:
        // the notebooks, the models (notebook 5 writes one) and the tool manifest copied, src and data linked
        var root = CoursePaths.FindRoot(AppContext.BaseDirectory);
        DotNetInteractive.RequireDebugBuild(root);
        var jupyterPath = DotNetInteractive.InstallKernelSpec(root, _folder);
        var course = CourseCopy(root);
        var notebooks = Directory.GetFiles(Path.Combine(course, "notebooks"), "*.ipynb").Order(StringComparer.Ordinal).ToArray();

        // When nbclient executes each copy on .net-csharp, with the notebook's folder as the kernel's working directory
        var script =
            "import nbformat, nbclient, os, sys\n"
            + "for path in sys.argv[2:]:\n"
            + "    nb = nbformat.read(path, as_version=4)\n"
            + "    resources = {'metadata': {'path': os.path.dirname(path)}}\n"
            + "    nbclient.NotebookClient(nb, timeout=600, kernel_name=sys.argv[1], allow_errors=True, resources=resources).execute()\n"
            + "    nbformat.write(nb, path)\n";
        var client = JupyterClients.Run(
            JupyterClients.Python,
            ["-c", script, DotNetInteractive.KernelName, .. notebooks],
            new Dictionary<string, string> { ["JUPYTER_PATH"] = jupyterPath },
            TimeSpan.FromMinutes(20),
            Path.Combine(course, "notebooks")
        );

        // Then every notebook ran to the end with the committed self-checks and charts
        Assert.True(client.ExitCode == 0, client.Error);
        Assert.Equal(5, notebooks.Length);
        foreach (var notebook in notebooks)
        {
            var name = Path.GetFileName(notebook);
            var committed = Outputs(Path.Combine(root, "notebooks", name));
            var actual = Outputs(notebook);
            Assert.Equal(
                [],
                actual.Where(o => o["output_type"]!.GetValue<string>() == "error").Select(o => $"{name}: {o["ename"]}: {o["evalue"]}")
            );
            Assert.Equal([], Streams(actual, "stderr").Select(text => $"{name}: {text}"));
            Assert.NotEmpty(SelfChecks(committed));
            Assert.Equal(SelfChecks(committed), SelfChecks(actual));
            Assert.NotEqual(0, Charts(committed));
            Assert.Equal(Charts(committed), Charts(actual));
        }
    }

    private string CourseCopy(string root)
    {
        var course = Directory.CreateDirectory(Path.Combine(_folder, "course")).FullName;
        File.WriteAllText(Path.Combine(course, "AmazonSalesRegression.sln"), string.Empty);
        Directory.CreateSymbolicLink(Path.Combine(course, "src"), Path.Combine(root, "src"));
        Directory.CreateSymbolicLink(Path.Combine(course, "data"), Path.Combine(root, "data"));
        foreach (var folder in new[] { ".config", "models", "notebooks" })
        {
            Directory.CreateDirectory(Path.Combine(course, folder));
            foreach (var file in Directory.GetFiles(Path.Combine(root, folder)))
            {
                File.Copy(file, Path.Combine(course, folder, Path.GetFileName(file)));
            }
        }

        return course;
    }

    private static List<JsonNode> Outputs(string path) =>
        JsonNode.Parse(File.ReadAllText(path))!["cells"]!
            .AsArray()
            .Where(c => c!["cell_type"]!.GetValue<string>() == "code")
            .SelectMany(c => c!["outputs"]!.AsArray())
            .Select(o => o!)
            .ToList();

    private static IEnumerable<string> Streams(IEnumerable<JsonNode> outputs, string name) =>
        outputs
            .Where(o => o["output_type"]!.GetValue<string>() == "stream" && o["name"]!.GetValue<string>() == name)
            .Select(o =>
                o["text"] is JsonArray lines ? string.Concat(lines.Select(l => l!.GetValue<string>())) : o["text"]!.GetValue<string>()
            );

    /// <summary>The self-check lines (<c>✔ …</c>) on stdout, in order.</summary>
    private static List<string> SelfChecks(IEnumerable<JsonNode> outputs) =>
        Streams(outputs, "stdout").SelectMany(text => text.Split('\n')).Where(line => line.StartsWith('✔')).ToList();

    private static int Charts(IEnumerable<JsonNode> outputs) => outputs.Count(o => o["data"]?[PlotlyJson] is not null);
}
