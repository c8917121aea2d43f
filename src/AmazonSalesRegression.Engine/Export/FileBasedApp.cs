using AmazonSalesRegression.Engine.Notebooks;
using AmazonSalesRegression.Engine.Scripting;

namespace AmazonSalesRegression.Engine.Export;

/// <summary>
/// Translates a C# notebook into a .NET 10 file-based app (<c>dotnet run app.cs</c>), its "twin": the same code, top to
/// bottom, as one program. The twin starts with its <c>#:</c> directives (the cells' <c>#r</c> directives, see
/// <see cref="AppDirectives"/>, after properties that give the program a notebook's compile settings: no implicit usings
/// beyond the engine's imports, nullable off, warnings not errors, no central package versions since each package
/// names its version, no native AOT analysis), then every <c>using</c> of the engine's default imports and of the cells,
/// once each; then each cell in order, markdown as <c>//</c> comments and code under a comment naming it
/// (<see cref="CellTranslation"/>); then the cells' type declarations, and the <c>CellValue</c> helper when a cell shows
/// a value. A cell tagged <c>raises-exception</c> runs in a <c>try</c> block that prints the error and goes on, as the
/// notebook does.
/// </summary>
public static class FileBasedApp
{
    private static readonly string[] s_properties =
    [
        "#:property ImplicitUsings=disable",
        "#:property Nullable=disable",
        "#:property TreatWarningsAsErrors=false",
        "#:property ManagePackageVersionsCentrally=false",
        "#:property PublishAot=false",
    ];

    /// <summary>The twin of <paramref name="notebook"/>, ending in a newline.</summary>
    /// <exception cref="NotebookExportException">The notebook uses something a program cannot; the message names the cell and line.</exception>
    public static string Translate(Notebook notebook, FileBasedAppOptions options)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(options);
        var directives = new List<string>(s_properties);
        var usings = options.Engine.Imports.Where(n => n != typeof(CellGlobals).Namespace).Select(n => $"using {n};").ToList();
        var declared = new Dictionary<string, CellLabel>(StringComparer.Ordinal);
        var blocks = new List<string>();
        var types = new List<string>();
        var shows = ShownValue.None;
        var number = 0;
        foreach (var cell in notebook.Cells)
        {
            if (!cell.IsCode)
            {
                blocks.Add(Comment(cell.Source));
                continue;
            }

            var label = new CellLabel(++number, cell.Id);
            directives.AddRange(AppDirectives.Translate(cell.Source, label, options));
            var parts = CellTranslation.Translate(cell.Source, label);
            usings.AddRange(parts.Usings);
            foreach (var (name, line) in parts.Declarations)
            {
                if (!declared.TryAdd(name, label))
                {
                    throw label.Error(
                        line,
                        $"'{name}' is declared again (first in {declared[name]}); a notebook may redeclare a variable, a program may not: rename one."
                    );
                }
            }

            types.AddRange(parts.Types.Select(t => $"// From {label}\n{t}"));
            shows = (ShownValue)Math.Max((int)shows, (int)parts.Shows);
            blocks.Add($"// {label}" + Body(parts.Body, cell.HasTag(NotebookCell.RaisesExceptionTag)));
        }

        IEnumerable<string> sections =
        [
            string.Join('\n', directives.Distinct(StringComparer.Ordinal)),
            .. options.Header.Count > 0 ? [Comment(string.Join('\n', options.Header))] : Array.Empty<string>(),
            string.Join('\n', usings.Distinct(StringComparer.Ordinal)),
            .. blocks,
            .. types,
            .. shows != ShownValue.None ? [CellValueHelper.Source(shows == ShownValue.AwaitedValue)] : Array.Empty<string>(),
        ];
        return string.Join("\n\n", sections) + "\n";
    }

    private static string Body(string code, bool raisesException) =>
        (code.Length, raisesException) switch
        {
            (0, _) => string.Empty,
            (_, false) => "\n" + code,
            _ => "\n// Tagged raises-exception: the notebook shows the error and goes on.\ntry\n{\n"
                + code
                + "\n}\ncatch (Exception e)\n{\n    Console.Error.WriteLine($\"{e.GetType().Name}: {e.Message}\");\n}",
        };

    private static string Comment(string text) =>
        string.Join(
            '\n',
            text.Replace("\r\n", "\n", StringComparison.Ordinal)
                .TrimEnd()
                .Split('\n')
                .Select(l => l.TrimEnd().Length == 0 ? "//" : "// " + l.TrimEnd())
        );
}
