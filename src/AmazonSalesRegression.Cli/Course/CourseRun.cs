using AmazonSalesRegression.Data;
using AmazonSalesRegression.Data.Generation;
using AmazonSalesRegression.Training;
using Spectre.Console;

namespace AmazonSalesRegression.Cli.Course;

/// <summary>
/// The main job, <c>course run</c>: every step that rebuilds what the course ships, in order, with progress.
/// A failed step stops the run and makes the process exit non-zero.
/// </summary>
internal static class CourseRun
{
    /// <summary>Runs every step and prints a summary table of what each did.</summary>
    public static async Task<int> ExecuteAsync(CliContext context, CourseRunOptions options, CancellationToken cancellation)
    {
        var root = CoursePaths.FindRoot(context.WorkingDirectory);
        var steps = new List<CourseStep> { new("Data set", _ => Task.Run(() => EnsureDataSet(root))) };
        // The model step and the report need the same fit: train once, when the first of them runs.
        var training = new Lazy<ProductionTraining>(() => ProductionModel.Train(CoursePaths.SalesCsv(root)));
        if (options.Notebook is null)
        {
            // A run limited to one notebook leaves the committed model alone.
            steps.Add(ProductionModelStep.For(root, options, training));
        }

        steps.AddRange(NotebookSteps.For(root, options));
        steps.Add(NotebookTwins.For(root, options));
        if (options.Notebook is null)
        {
            steps.Add(ReportStep.For(root, options, training));
        }

        var outcomes = new List<(string Step, string Outcome)>();
        if (context.Console.Profile.Capabilities.Interactive)
        {
            await context
                .Console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                .StartAsync(async progress =>
                {
                    foreach (var step in steps)
                    {
                        var task = progress.AddTask(step.Name, maxValue: 1);
                        outcomes.Add((step.Name, await RunAsync(step, cancellation)));
                        task.Increment(1);
                    }
                });
        }
        else
        {
            // Logs and CI: one line per step as it starts, no redrawn progress bars.
            foreach (var step in steps)
            {
                context.Console.MarkupLine($"[bold]>[/] {Markup.Escape(step.Name)}");
                outcomes.Add((step.Name, await RunAsync(step, cancellation)));
            }
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumns("Step", "Outcome");
        foreach (var (step, outcome) in outcomes)
        {
            table.AddRow(Markup.Escape(step), Markup.Escape(outcome));
        }

        context.Console.Write(table);
        return ExitCodes.Success;
    }

    private static Task<string> RunAsync(CourseStep step, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        return step.Run(cancellation);
    }

    private static string EnsureDataSet(string root)
    {
        var csv = CoursePaths.SalesCsv(root);
        var relative = Path.GetRelativePath(root, csv);
        switch (SalesDataFiles.Check(csv, new GeneratorOptions()))
        {
            case SalesDataFileStatus.Current:
                return $"{relative} is up to date (seed {GeneratorOptions.DefaultSeed}).";
            case SalesDataFileStatus.Missing:
                var written = SalesDataFiles.Write(csv, new GeneratorOptions());
                return $"generated {relative}: {written.Rows:N0} rows, SHA-256 {written.Sha256[..12]}…";
            default:
                throw new CourseStepException(
                    $"{relative} differs from the course data set (seed {GeneratorOptions.DefaultSeed}); restore it with "
                        + "'dotnet run --project src/AmazonSalesRegression.Cli -- data generate' or 'git checkout -- data/'."
                );
        }
    }
}
