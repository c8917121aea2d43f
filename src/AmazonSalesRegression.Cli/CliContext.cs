using Spectre.Console;

namespace AmazonSalesRegression.Cli;

/// <summary>Where a command writes and where it runs; tests pass their own writers.</summary>
/// <param name="Console">Standard output, with Spectre.Console rendering (tables, progress).</param>
/// <param name="Error">Standard error: one-line error messages go here.</param>
/// <param name="WorkingDirectory">Directory that relative paths are resolved against.</param>
internal sealed record CliContext(IAnsiConsole Console, TextWriter Error, string WorkingDirectory)
{
    /// <summary>Resolves <paramref name="path"/> against <see cref="WorkingDirectory"/>.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);
}
