using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Cli;

/// <summary>
/// Turns the failures a user can fix (bad data, a missing file, a failed check) into one-line messages and an exit code,
/// so that nobody sees a stack trace for a data mistake. Other exceptions are bugs and propagate.
/// </summary>
internal static class UserErrors
{
    /// <summary>Runs <paramref name="action"/>; reports a user error on <see cref="CliContext.Error"/> and returns <see cref="ExitCodes.Failure"/>.</summary>
    public static async Task<int> Guard(CliContext context, Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception e) when (Describe(e) is { } message)
        {
            await context.Error.WriteLineAsync($"error: {message}");
            return ExitCodes.Failure;
        }
    }

    private static string? Describe(Exception e) =>
        e switch
        {
            DataFormatException data => data.Message,
            Features.Formulas.FormulaException formula => $"--formula: {formula.Message}",
            Regression.RegressionInputException input => input.Problem,
            CourseStepException step => step.Message,
            Scoring.Artifacts.ModelArtifactException artifact => artifact.Message,
            FileNotFoundException missing => $"{missing.FileName ?? "file"}: file not found.",
            DirectoryNotFoundException folder => folder.Message,
            UnauthorizedAccessException denied => denied.Message,
            IOException io => io.Message,
            _ => null,
        };
}
