using AmazonSalesRegression.Engine.Prose;

namespace AmazonSalesRegression.Engine.Tests.Prose;

public sealed class ProseNumbersTests
{
    [Theory]
    [InlineData("The fit explains 0.13 of the variance.", "0.13")]
    [InlineData("About 13 % of sales.", "13 %")]
    [InlineData("About 13% of sales.", "13%")]
    [InlineData("We sold 1,234 units.", "1,234")]
    [InlineData("It costs $5 and $10 dollars.", "5|10")]
    [InlineData("| SKU | units |\n|---|---|\n| a | 57 |", "57")]
    [InlineData("Falls by <b>2.8</b> units", "2.8")]
    public void A_number_in_prose_is_unbound(string markdown, string expected)
    {
        // When
        var found = ProseNumbers.Find(markdown, []);

        // Then
        Assert.Equal(expected, string.Join("|", found.Select(n => n.Text)));
    }

    [Theory]
    [InlineData("Call `Fit(48)` or\n```csharp\nvar x = 731 * 48;\n```")]
    [InlineData("Where $\\beta_1 = 2.5$ and $$y = 3x + 1$$ hold.")]
    [InlineData("See [the report](https://example.com/2024/report-3) or https://example.com/a/17.")]
    [InlineData("<img width=\"900\" src=\"chart.png\"> <!-- 42 -->")]
    [InlineData("R² is <span data-value=\"{r2:F2}\">0.13</span>.")]
    [InlineData("Variables x1, β0 and R2 are names.")]
    public void Numbers_in_code_LaTeX_links_HTML_bound_spans_and_names_are_ignored(string markdown)
    {
        // When
        var found = ProseNumbers.Find(markdown, []);

        // Then
        Assert.Empty(found);
    }

    [Theory]
    [InlineData("As notebook 2 showed, section 8 and Exercise 3 (ch. 5, eq. 3.4, §5.2) apply.")]
    [InlineData("Data from 2024-01-01 on.")]
    [InlineData("## 3. The model")]
    [InlineData("1. first\n2) second")]
    [InlineData("The 2nd SKU, TOYS-008, follows ISO-8601.")]
    public void Ordinal_references_dates_heading_numbers_list_markers_and_identifiers_are_exempt(string markdown)
    {
        // When
        var found = ProseNumbers.Find(markdown, []);

        // Then
        Assert.Empty(found);
    }

    [Theory]
    [InlineData("48", "48 SKUs and 48 % share", "")]
    [InlineData("95 %", "a 95% interval and a 95 % interval", "")]
    [InlineData("95 %", "a 95 % interval of 95 days", "95")]
    [InlineData("-1", "a slope of −1", "")]
    public void A_declared_literal_matches_its_number_and_unit(string literal, string markdown, string expected)
    {
        // When
        var found = ProseNumbers.Find(markdown, [literal]);

        // Then
        Assert.Equal(expected, string.Join("|", found.Select(n => n.Text)));
    }

    [Fact]
    public void An_unbound_number_carries_its_offset_and_up_to_30_characters_of_context()
    {
        // Given
        const string markdown = "A long sentence before the number,\nthen 0.42 and more words after it, and a lot more text.";

        // When
        var found = Assert.Single(ProseNumbers.Find(markdown, []));

        // Then
        Assert.Equal(("0.42", 40), (found.Text, found.Offset));
        Assert.Equal("tence before the number, then 0.42 and more words after it, and", found.Context);
    }
}
