namespace AmazonSalesRegression.Cli.Tests.Docs;

public sealed class DocumentationCheckerTests
{
    [Fact]
    public void Headings_get_github_anchors_and_duplicates_are_numbered()
    {
        // Given
        const string markdown = "# Key concepts\n## R², adjusted R² and `RMSE`\n## Notes\n## Notes\n```\n# not a heading\n```\n";

        // When
        var anchors = MarkdownLinks.Anchors(markdown);

        // Then
        Assert.Equal(4, anchors.Count);
        Assert.Contains("key-concepts", anchors);
        Assert.Contains("r²-adjusted-r²-and-rmse", anchors);
        Assert.Contains("notes-1", anchors);
        Assert.DoesNotContain("not-a-heading", anchors);
    }

    [Fact]
    public void Web_links_and_links_inside_code_blocks_are_not_relative_targets()
    {
        // Given
        const string markdown =
            "See [the guide](docs/guide.md#setup) and [.NET](https://dot.net).\n```\n[x](nowhere.md)\n```\n![chart](images/c.png)";

        // When
        var targets = MarkdownLinks.RelativeTargets(markdown).ToList();

        // Then
        Assert.Equal([(1, "docs/guide.md#setup"), (5, "images/c.png")], targets);
    }

    [Fact]
    public void A_reference_to_a_missing_member_of_a_course_type_is_reported()
    {
        // Given
        const string markdown =
            "Fit with `Ols.Fit(formula, table)`, then `Ols.FitTwice()`; `AmazonSalesRegression.Regression.Nope` and `Math.Sqrt(2)`.";

        // When
        var unresolved = ApiReferences.Unresolved(markdown).ToList();

        // Then
        Assert.Equal(["Ols.FitTwice()", "AmazonSalesRegression.Regression.Nope"], unresolved);
    }

    [Fact]
    public void A_snippet_that_does_not_compile_reports_its_error()
    {
        // Given
        const string markdown =
            "```csharp\nusing AmazonSalesRegression.Regression;\nvar fit = Ols.Fit(new[] { new double[] { 1, 2, 3 } }, new double[] { 1, 2, 4 }, new[] { \"x\" });\n```\n\n```csharp\nint x = \"text\";\n```\n";

        // When
        var errors = CSharpSnippets.Blocks(markdown).Select(b => CSharpSnippets.Errors(b.Code).Length).ToList();

        // Then
        Assert.Equal([0, 1], errors);
    }
}
