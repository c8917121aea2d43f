namespace AmazonSalesRegression.Cli.Tests.Docs;

public sealed class DocumentationTests
{
    [Fact]
    public void Every_relative_link_in_the_docs_and_notebooks_points_at_a_file_and_heading_that_exist()
    {
        // Given
        var files = DocumentSet.Files().ToList();

        // When
        var broken = files.SelectMany(file => BrokenLinks(file)).ToList();

        // Then
        Assert.Contains(Path.Combine("docs", "performance.md"), files);
        Assert.True(broken.Count == 0, "Broken links:\n" + string.Join("\n", broken));
    }

    [Fact]
    public void Every_api_reference_in_the_docs_and_notebooks_names_a_public_type_or_member()
    {
        // Given
        var files = DocumentSet.Files().ToList();

        // When
        var unresolved = files
            .SelectMany(file => ApiReferences.Unresolved(DocumentSet.MarkdownOf(file)).Select(code => $"{file}: `{code}`"))
            .ToList();

        // Then
        Assert.True(unresolved.Count == 0, "References to APIs that do not exist:\n" + string.Join("\n", unresolved));
    }

    [Fact]
    public void Every_csharp_snippet_in_the_docs_compiles()
    {
        // Given
        var snippets = DocumentSet
            .Files()
            .Where(file => file.EndsWith(".md", StringComparison.Ordinal))
            .SelectMany(file => CSharpSnippets.Blocks(DocumentSet.MarkdownOf(file)).Select(block => (file, block.Line, block.Code)))
            .ToList();

        // When
        var failures = snippets
            .SelectMany(s =>
                CSharpSnippets
                    .Errors(s.Code)
                    .Select(e =>
                        $"{s.file}:{s.Line + e.Location.GetLineSpan().StartLinePosition.Line}: {e.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"
                    )
            )
            .ToList();

        // Then
        Assert.True(snippets.Count >= 3, $"Expected the docs to show the library in C#; found {snippets.Count} snippets.");
        Assert.True(failures.Count == 0, "Snippets that do not compile:\n" + string.Join("\n", failures));
    }

    private static IEnumerable<string> BrokenLinks(string file)
    {
        var directory = Path.GetDirectoryName(Path.Combine(DocumentSet.Root, file))!;
        foreach (var (line, target) in MarkdownLinks.RelativeTargets(DocumentSet.MarkdownOf(file)))
        {
            var hash = target.IndexOf('#', StringComparison.Ordinal);
            var path = Uri.UnescapeDataString(hash < 0 ? target : target[..hash]);
            var anchor = hash < 0 ? null : target[(hash + 1)..];
            var resolved = path.Length == 0 ? Path.Combine(DocumentSet.Root, file) : Path.GetFullPath(path, directory);
            if (!File.Exists(resolved) && !Directory.Exists(resolved))
            {
                yield return $"{file}:{line}: {target} (no such file)";
            }
            else if (anchor is not null && File.Exists(resolved) && !HasAnchor(resolved, anchor))
            {
                yield return $"{file}:{line}: {target} (no heading with anchor #{anchor})";
            }
        }
    }

    private static bool HasAnchor(string path, string anchor)
    {
        var markdown = DocumentSet.MarkdownOf(Path.GetRelativePath(DocumentSet.Root, path));
        return MarkdownLinks.Anchors(markdown).Contains(anchor)
            || (path.EndsWith(".ipynb", StringComparison.Ordinal) && JupyterAnchors(markdown).Contains(anchor));
    }

    // JupyterLab and VS Code anchor a notebook heading by its text with spaces as hyphens, case kept.
    private static HashSet<string> JupyterAnchors(string markdown) =>
        [.. markdown.Split('\n').Where(line => line.StartsWith('#')).Select(line => line.TrimStart('#').Trim().Replace(' ', '-'))];
}
