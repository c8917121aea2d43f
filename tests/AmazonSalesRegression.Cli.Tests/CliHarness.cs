using Spectre.Console;

namespace AmazonSalesRegression.Cli.Tests;

/// <summary>Runs the CLI in-process inside a throw-away course folder and captures what it prints.</summary>
internal sealed class CliHarness : IDisposable
{
    public CliHarness()
    {
        Root = Directory.CreateTempSubdirectory("asr-cli-").FullName;
        File.WriteAllText(Path.Combine(Root, "AmazonSalesRegression.sln"), string.Empty);
    }

    /// <summary>A folder that looks like the course repository (it holds the solution file).</summary>
    public string Root { get; }

    public string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public Task<CliRun> RunAsync(params string[] args) => RunInAsync(Root, args);

    /// <summary>Runs the CLI with <paramref name="root"/> as its working directory (the real repository, for example).</summary>
    public static async Task<CliRun> RunInAsync(string root, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = AnsiConsole.Create(
            new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(output),
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
            }
        );
        console.Profile.Width = 400; // one table row per line, so a step and its outcome can be matched together
        var exitCode = await CourseCli.RunAsync(args, new CliContext(console, error, root));
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

/// <summary>The result of one CLI invocation.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error);
