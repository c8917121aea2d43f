using System.CommandLine;
using AmazonSalesRegression.Cli.Course;

namespace AmazonSalesRegression.Cli.Commands;

/// <summary>The <c>course</c> verb: <c>course run</c>, the main job that rebuilds everything the course ships.</summary>
internal static class CourseCommand
{
    /// <summary>Creates the <c>course</c> command and its subcommands.</summary>
    public static Command Create(CliContext context)
    {
        var run = new Command("run", "Run the whole course: make sure the data set is in place (later: execute the notebooks, train the model, write reports).");
        run.SetAction((_, cancellation) => UserErrors.Guard(context, () => CourseRun.ExecuteAsync(context, cancellation)));
        return new Command("course", "Run the course end to end.") { run };
    }
}
