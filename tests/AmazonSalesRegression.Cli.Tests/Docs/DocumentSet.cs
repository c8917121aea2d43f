using System.Text.Json.Nodes;

namespace AmazonSalesRegression.Cli.Tests.Docs;

/// <summary>The course's prose: every Markdown file we ship and the Markdown cells of the notebooks.</summary>
internal static class DocumentSet
{
    public static string Root { get; } = CoursePaths.FindRoot(AppContext.BaseDirectory);

    /// <summary>Markdown files (README files, docs/, deploy/) and notebooks, as repository-relative paths.</summary>
    public static IEnumerable<string> Files()
    {
        var markdown = Directory.EnumerateFiles(Root, "*.md", SearchOption.AllDirectories).Where(path => !IsBuildOutput(path));
        var notebooks = Directory.Exists(Path.Combine(Root, "notebooks"))
            ? Directory.EnumerateFiles(Path.Combine(Root, "notebooks"), "*.ipynb", SearchOption.AllDirectories)
            : [];
        return markdown.Concat(notebooks).Select(path => Path.GetRelativePath(Root, path)).Order(StringComparer.Ordinal);
    }

    /// <summary>The Markdown text of <paramref name="relativePath"/>: the file itself, or a notebook's Markdown cells joined.</summary>
    public static string MarkdownOf(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(Root, relativePath));
        if (!relativePath.EndsWith(".ipynb", StringComparison.Ordinal))
        {
            return text;
        }

        var cells = JsonNode.Parse(text)!["cells"]!.AsArray();
        return string.Join(
            "\n\n",
            cells
                .Where(cell => (string?)cell!["cell_type"] == "markdown")
                .Select(cell => string.Concat(cell!["source"]!.AsArray().Select(line => (string?)line)))
        );
    }

    private static bool IsBuildOutput(string path)
    {
        var relative = Path.GetRelativePath(Root, path).Replace('\\', '/');
        return relative.Contains("/bin/", StringComparison.Ordinal)
            || relative.Contains("/obj/", StringComparison.Ordinal)
            || relative.StartsWith("node_modules/", StringComparison.Ordinal)
            || relative.StartsWith(".", StringComparison.Ordinal);
    }
}
