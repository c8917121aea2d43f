using System.CommandLine;
using AmazonSalesRegression.Cli.Commands;

namespace AmazonSalesRegression.Cli;

/// <summary>Builds the command tree and runs it.</summary>
internal static class CourseCli
{
    /// <summary>Parses <paramref name="args"/> and runs the chosen verb.</summary>
    /// <returns>The process exit code (see <see cref="ExitCodes"/>).</returns>
    public static async Task<int> RunAsync(string[] args, CliContext context)
    {
        var root = new RootCommand("Linear regression on Amazon sales data: the course's data, models and notebooks.")
        {
            DataCommand.Create(context),
            CourseCommand.Create(context),
            FitCommand.Create(context),
            TrainCommand.Create(context),
            KernelCommand.Create(context),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await context.Error.WriteLineAsync($"error: {error.Message}");
            }

            await context.Error.WriteLineAsync("Run with --help to see the usage.");
            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration
        {
            Output = new AnsiConsoleTextWriter(context.Console),
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
        };
        return await parsed.InvokeAsync(configuration);
    }
}
