namespace AmazonSalesRegression.Cli.Tests;

public sealed class CourseNotebookTests : IDisposable
{
    private static readonly string Smoke = Path.Combine(
        CoursePaths.FindRoot(AppContext.BaseDirectory),
        "tests",
        "AmazonSalesRegression.Cli.Tests",
        "Notebooks",
        "kernel_smoke.ipynb"
    );

    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Course_run_executes_the_notebooks_and_check_then_passes()
    {
        // Given a course with one notebook without outputs
        Directory.CreateDirectory(_cli.PathOf("notebooks"));
        File.Copy(Smoke, _cli.PathOf("notebooks", "01_smoke.ipynb"));

        // When the course runs, and then is checked
        var run = await _cli.RunAsync("course", "run");
        var check = await _cli.RunAsync("course", "run", "--check");

        // Then the outputs are written and the check agrees with them
        Assert.Equal(0, run.ExitCode);
        Assert.Matches("\"text/plain\": \\[\\s*\"42\"", File.ReadAllText(_cli.PathOf("notebooks", "01_smoke.ipynb")));
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("cells match the committed outputs", check.Output);
    }

    [Fact]
    public async Task Check_names_the_notebook_cell_and_line_of_a_changed_output()
    {
        // Given an executed notebook whose stored output was edited afterwards
        Directory.CreateDirectory(_cli.PathOf("notebooks"));
        File.Copy(Smoke, _cli.PathOf("notebooks", "01_smoke.ipynb"));
        await _cli.RunAsync("course", "run");
        var path = _cli.PathOf("notebooks", "01_smoke.ipynb");
        File.WriteAllText(path, File.ReadAllText(path).Replace("hello 42", "hello 43", StringComparison.Ordinal));

        // When the course is checked
        var check = await _cli.RunAsync("course", "run", "--check");

        // Then it fails and names the notebook, the cell and the differing text
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("01_smoke.ipynb", check.Error);
        Assert.Contains("stdout", check.Error);
        Assert.Contains("hello 43", check.Error);
    }

    [Fact]
    public async Task A_failing_cell_fails_the_run_with_its_location()
    {
        // Given a notebook whose second code cell throws
        Directory.CreateDirectory(_cli.PathOf("notebooks"));
        File.WriteAllText(
            _cli.PathOf("notebooks", "02_broken.ipynb"),
            File.ReadAllText(Smoke)
                .Replace(
                    "Console.WriteLine",
                    "throw new InvalidOperationException(\\\"broken\\\"); Console.WriteLine",
                    StringComparison.Ordinal
                )
        );

        // When only notebook 2 runs
        var run = await _cli.RunAsync("course", "run", "--notebook", "2");

        // Then the run fails, naming the notebook, the cell and the exception
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("02_broken.ipynb", run.Error);
        Assert.Contains("InvalidOperationException", run.Error);
    }

    [Fact]
    public async Task Kernel_install_with_a_prefix_writes_the_kernelspec_there()
    {
        // Given a private prefix
        // When the kernel is installed there
        var run = await _cli.RunAsync("kernel", "install", "--prefix", "jupyter-root");

        // Then kernel.json names the course kernel and its display name
        Assert.Equal(0, run.ExitCode);
        var json = File.ReadAllText(_cli.PathOf("jupyter-root", "share", "jupyter", "kernels", "amazon-sales-csharp", "kernel.json"));
        Assert.Contains("\"display_name\": \"C# (Amazon Sales course)\"", json);
        Assert.Contains("{connection_file}", json);
    }
}
