using System.Text;
using AmazonSalesRegression.Cli.Notebooks;
using AmazonSalesRegression.Engine.Export;
using AmazonSalesRegression.Engine.Notebooks;

namespace AmazonSalesRegression.Cli.Course;

/// <summary>
/// The file-based C# twins of the lesson notebooks, <c>notebooks/cs/NN_name.cs</c> (<see cref="FileBasedApp"/>):
/// <c>course export</c> and <c>course run</c> write them, <c>course run --check</c> fails when one differs by a byte
/// from what its notebook translates to today, or has no notebook any more.
/// </summary>
internal static class NotebookTwins
{
    private const string Fix = "rewrite it with 'dotnet run --project src/AmazonSalesRegression.Cli -- course export' (or course run).";
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The <c>course run</c> step: writes the twins, or with <c>--check</c> compares them.</summary>
    public static CourseStep For(string root, CourseRunOptions options) =>
        new(
            "Notebook twins (notebooks/cs)",
            async cancellation =>
                options.Check
                    ? await CheckAsync(root, options.Notebook, cancellation)
                    : $"wrote {Twins((await WriteAsync(root, options.Notebook, cancellation)).Count)}"
        );

    /// <summary>Writes the twin of every lesson notebook (or of notebook <paramref name="number"/>) and returns their paths, relative to <paramref name="root"/>.</summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(string root, int? number, CancellationToken cancellation)
    {
        var written = new List<string>();
        foreach (var (notebook, twin) in Pairs(root, number))
        {
            var text = await TranslateAsync(root, notebook, cancellation);
            Directory.CreateDirectory(Path.GetDirectoryName(twin)!);
            await File.WriteAllTextAsync(twin, text, s_utf8, cancellation);
            written.Add(Relative(root, twin));
        }

        return written;
    }

    private static async Task<string> CheckAsync(string root, int? number, CancellationToken cancellation)
    {
        var pairs = Pairs(root, number).ToList();
        foreach (var (notebook, twin) in pairs)
        {
            var expected = s_utf8.GetBytes(await TranslateAsync(root, notebook, cancellation));
            if (!File.Exists(twin) || !(await File.ReadAllBytesAsync(twin, cancellation)).AsSpan().SequenceEqual(expected))
            {
                throw new CourseStepException($"{Relative(root, twin)} differs from what its notebook translates to; {Fix}");
            }
        }

        var folder = TwinFolder(root);
        var orphan =
            number is null && Directory.Exists(folder)
                ? Directory.GetFiles(folder, "*.cs").Order(StringComparer.Ordinal).FirstOrDefault(f => !pairs.Any(p => p.Twin == f))
                : null;
        return orphan is null
            ? (pairs.Count == 1 ? "1 file-based twin matches its notebook" : $"{Twins(pairs.Count)} match their notebooks")
            : throw new CourseStepException($"{Relative(root, orphan)} has no notebook in notebooks/; delete it.");
    }

    private static string Twins(int count) => count == 1 ? "1 file-based twin" : $"{count} file-based twins";

    private static async Task<string> TranslateAsync(string root, string notebook, CancellationToken cancellation)
    {
        var twin = TwinPath(root, notebook);
        var options = CourseNotebookEngine.Twin(Path.GetDirectoryName(notebook)!, TwinFolder(root)) with
        {
            Header =
            [
                $"The file-based twin of {Relative(root, notebook)}: the same cells as one .NET 10 program, written by",
                "'course export' (edit the notebook, not this file). From the repository's root:",
                $"    dotnet run {Relative(root, twin)}",
            ],
        };
        try
        {
            return FileBasedApp.Translate(await NotebookJson.ReadAsync(notebook, cancellation), options);
        }
        catch (Exception e) when (e is NotebookExportException or NotebookFormatException)
        {
            throw new CourseStepException($"{Relative(root, notebook)}: {e.Message}");
        }
    }

    private static IEnumerable<(string Notebook, string Twin)> Pairs(string root, int? number) =>
        NotebookSteps.Lessons(root, number).Select(notebook => (notebook, TwinPath(root, notebook)));

    private static string TwinFolder(string root) => Path.Combine(root, "notebooks", "cs");

    private static string TwinPath(string root, string notebook) =>
        Path.Combine(TwinFolder(root), Path.ChangeExtension(Path.GetFileName(notebook), ".cs"));

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
