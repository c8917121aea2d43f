using System.Globalization;
using AmazonSalesRegression.Cli.Notebooks;
using AmazonSalesRegression.Engine.Notebooks;
using AmazonSalesRegression.Engine.Prose;

namespace AmazonSalesRegression.Cli.Course;

/// <summary>
/// <c>course prose --notebook N</c>: the authors' worklist for binding a notebook's prose. Lists the bound values
/// (template and committed text) and every number of the markdown that is neither bound, exempt nor a declared literal,
/// with its cell and context, whether or not the notebook has opted into the rule. Nothing is executed.
/// </summary>
internal static class ProseListing
{
    /// <summary>Prints the listing of notebook <paramref name="number"/>.</summary>
    public static async Task<int> ExecuteAsync(CliContext context, int number, CancellationToken cancellation)
    {
        var root = CoursePaths.FindRoot(context.WorkingDirectory);
        var prefix = number.ToString("00", CultureInfo.InvariantCulture) + "_";
        var folder = Path.Combine(root, "notebooks");
        var path =
            (Directory.Exists(folder) ? Directory.GetFiles(folder, prefix + "*.ipynb") : []).Order(StringComparer.Ordinal).FirstOrDefault()
            ?? throw new CourseStepException($"notebooks/{prefix}*.ipynb: no such notebook.");
        var notebook = await NotebookJson.ReadAsync(path, cancellation);
        var conventions = CourseNotebookEngine.RunOptions.Conventions;
        var name = Path.GetFileName(path);
        var optedIn = NotebookRules.IsOptedIn(notebook, conventions, conventions.ProseFlag);
        // Plain lines, never wrapped, so that an author can grep them.
        var console = context.Console.Profile.Out.Writer;
        console.WriteLine(
            $"{name}: prose rule {(optedIn ? "on" : "off")} (metadata.{conventions.MetadataKey}.{conventions.ProseFlag.Key} = \"{conventions.ProseFlag.Value}\")"
        );

        var boundCount = 0;
        for (var index = 0; index < notebook.Cells.Count; index++)
        {
            foreach (var value in notebook.Cells[index].CellType == "markdown" ? BoundValues.Parse(notebook.Cells[index].Source) : [])
            {
                boundCount++;
                console.WriteLine(
                    $"bound    cell {index.ToString(CultureInfo.InvariantCulture)}: \"{value.Template}\" -> {value.Rendered}"
                );
            }
        }

        var unbound = 0;
        var literals = ProseNumbers.Literals(notebook.Metadata, conventions);
        for (var index = 0; index < notebook.Cells.Count; index++)
        {
            if (notebook.Cells[index].CellType != "markdown")
            {
                continue;
            }

            foreach (var found in ProseNumbers.Find(notebook.Cells[index].Source, literals))
            {
                unbound++;
                console.WriteLine($"unbound  cell {index.ToString(CultureInfo.InvariantCulture)}: {found.Text} in \"…{found.Context}…\"");
            }
        }

        console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{boundCount} bound values, {unbound} unbound numbers, {literals.Count} declared literals."
            )
        );
        if (unbound > 0)
        {
            console.WriteLine(
                $"Bind each with <span data-value=\"{{…}}\">…</span> or add it to metadata.{conventions.MetadataKey}.{conventions.LiteralsKey}."
            );
        }

        return ExitCodes.Success;
    }
}
