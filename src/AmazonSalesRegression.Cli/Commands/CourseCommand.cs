using System.CommandLine;
using AmazonSalesRegression.Cli.Course;
using Spectre.Console;

namespace AmazonSalesRegression.Cli.Commands;

/// <summary>
/// The <c>course</c> verb: <c>course run</c>, the main job that rebuilds everything the course ships, and
/// <c>course export</c>, which writes the notebooks' file-based C# twins.
/// </summary>
internal static class CourseCommand
{
    /// <summary>Creates the <c>course</c> command and its subcommands.</summary>
    public static Command Create(CliContext context)
    {
        var check = new Option<bool>("--check")
        {
            Description = "Re-execute the notebooks and compare with their committed outputs (as nbval does) instead of writing them.",
        };
        var notebook = NotebookOption("Run only notebook N (1 to 5).");
        var run = new Command(
            "run",
            "Run the whole course: make sure the data set is in place, then execute every notebook top to bottom and write its outputs."
        )
        {
            check,
            notebook,
        };
        run.SetAction(
            (parse, cancellation) =>
                UserErrors.Guard(
                    context,
                    () =>
                        CourseRun.ExecuteAsync(context, new CourseRunOptions(parse.GetValue(check), parse.GetValue(notebook)), cancellation)
                )
        );

        var exported = NotebookOption("Export only notebook N (1 to 5).");
        var export = new Command(
            "export",
            "Write the file-based C# twin of every notebook, notebooks/cs/NN_name.cs (run one with 'dotnet run notebooks/cs/NN_name.cs')."
        )
        {
            exported,
        };
        export.SetAction(
            (parse, cancellation) => UserErrors.Guard(context, () => ExportAsync(context, parse.GetValue(exported), cancellation))
        );
        return new Command("course", "Run the course end to end.") { run, export, Prose(context) };
    }

    private static Option<int?> NotebookOption(string description)
    {
        var option = new Option<int?>("--notebook") { Description = description };
        option.Validators.Add(result =>
        {
            if (result.GetValue(option) is < 1 or > 5)
            {
                result.AddError("--notebook takes a number from 1 to 5.");
            }
        });
        return option;
    }

    private static async Task<int> ExportAsync(CliContext context, int? notebook, CancellationToken cancellation)
    {
        var root = CoursePaths.FindRoot(context.WorkingDirectory);
        foreach (var twin in await NotebookTwins.WriteAsync(root, notebook, cancellation))
        {
            context.Console.MarkupLine($"wrote {Markup.Escape(twin)}");
        }

        return ExitCodes.Success;
    }

    private static Command Prose(CliContext context)
    {
        var notebook = new Option<int>("--notebook")
        {
            Description = "The notebook (1 to 5) whose prose numbers to list.",
            Required = true,
        };
        var prose = new Command(
            "prose",
            "List a notebook's bound values and the numbers of its markdown that are neither bound nor declared literals."
        )
        {
            notebook,
        };
        prose.SetAction(
            (parse, cancellation) => UserErrors.Guard(context, () => ProseListing.ExecuteAsync(context, parse.GetValue(notebook), cancellation))
        );
        return prose;
    }
}
