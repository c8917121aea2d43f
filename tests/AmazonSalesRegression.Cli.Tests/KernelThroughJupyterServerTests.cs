using System.Text.Json.Nodes;

namespace AmazonSalesRegression.Cli.Tests;

/// <summary>
/// The kernel behind Jupyter Server, the backend JupyterLab runs on: started through its REST API and driven over its
/// websocket, as a browser tab does (Clients/jupyter_server_session.py).
/// </summary>
public sealed class KernelThroughJupyterServerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("asr-jupyter-server-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Jupyter_server_starts_the_kernel_and_relays_results_errors_and_completions()
    {
        // Given the kernelspec installed under a private prefix, launching this build of the CLI
        var jupyterPath = JupyterClients.InstallKernelSpec(_folder);
        var script = Path.Combine(
            CoursePaths.FindRoot(AppContext.BaseDirectory),
            "tests",
            "AmazonSalesRegression.Cli.Tests",
            "Clients",
            "jupyter_server_session.py"
        );

        // When a browser-like client runs four cells and asks for a completion through the server
        var run = JupyterClients.Run(JupyterClients.Python, [script, jupyterPath, _folder], timeout: TimeSpan.FromMinutes(3));

        // Then the server lists the kernel, and every reply and output reaches the client
        Assert.True(run.ExitCode == 0, run.Error);
        var session = JsonNode.Parse(run.Output)!;
        Assert.Equal("C# (Amazon Sales course)", session["display_name"]!.GetValue<string>());
        Assert.Equal("csharp", session["language"]!.GetValue<string>());
        Assert.Equal("5.3", session["protocol_version"]!.GetValue<string>());
        var cells = session["cells"]!.AsArray();
        Assert.Equal([1, 2, 3, 4], cells.Select(c => c!["count"]!.GetValue<int>()));
        Assert.Equal(["ok", "ok", "ok", "error"], cells.Select(c => c!["status"]!.GetValue<string>()));
        Assert.Equal("""[["execute_result",["text/plain"],"42"]]""", cells[0]!["outputs"]!.ToJsonString());
        Assert.Equal("""["text/html","text/plain"]""", cells[1]!["outputs"]![0]![1]!.ToJsonString());
        Assert.Equal("""[["stream","stdout","hello from the course kernel\n"]]""", cells[2]!["outputs"]!.ToJsonString());
        Assert.Equal("""[["error","DivideByZeroException"]]""", cells[3]!["outputs"]!.ToJsonString());
        Assert.Contains("ToString", session["completions"]!.AsArray().Select(m => m!.GetValue<string>()));
    }
}
