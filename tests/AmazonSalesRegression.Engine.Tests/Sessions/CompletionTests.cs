using AmazonSalesRegression.Engine.Tests.Support;

namespace AmazonSalesRegression.Engine.Tests.Sessions;

[Collection(EngineCollection.Name)]
public sealed class CompletionTests(SessionFixture fixture)
{
    [Fact]
    public async Task Completion_sees_variables_of_earlier_cells()
    {
        // Given
        await fixture.RunAsync("var revenueByCategory = new Dictionary<string, double>();");

        // When
        var completion = await fixture.Session.CompleteAsync("revenueBy", 9, CancellationToken.None);

        // Then
        Assert.Contains("revenueByCategory", completion.Matches);
        Assert.Equal(0, completion.CursorStart);
        Assert.Equal(9, completion.CursorEnd);
    }

    [Fact]
    public async Task Completion_lists_members_after_a_dot_filtered_by_the_typed_prefix()
    {
        // Given
        await fixture.RunAsync("var prices = new List<double> { 1.5, 2.5 };");
        const string code = "var n = 1;\nprices.Cou";

        // When
        var completion = await fixture.Session.CompleteAsync(code, code.Length, CancellationToken.None);

        // Then
        Assert.Contains("Count", completion.Matches);
        Assert.All(completion.Matches, m => Assert.StartsWith("Cou", m, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(code.Length - 3, completion.CursorStart);
    }

    [Fact]
    public async Task Inspect_shows_the_signature_and_documentation_summary()
    {
        // Given
        const string code = "HTML(\"<b>bold</b>\")";

        // When
        var inspection = await fixture.Session.InspectAsync(code, 2, 0, CancellationToken.None);

        // Then
        Assert.NotNull(inspection);
        var text = inspection.Text();
        Assert.StartsWith("HtmlContent CellGlobals.HTML(string markup)", text, StringComparison.Ordinal);
        Assert.Contains("Markup that displays as HTML", text, StringComparison.Ordinal);
        Assert.Contains("```csharp", inspection.Text("text/markdown"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_knows_variables_of_earlier_cells()
    {
        // Given
        await fixture.RunAsync("var inspectedTotal = 12.5;");

        // When
        var inspection = await fixture.Session.InspectAsync("inspectedTotal", 3, 0, CancellationToken.None);

        // Then
        Assert.NotNull(inspection);
        Assert.Equal("double inspectedTotal", inspection.Text());
    }

    [Fact]
    public async Task Inspect_knows_variables_declared_after_a_cell_that_ends_in_a_member_access()
    {
        // Given a cell whose result is a member access, then a declaration
        await fixture.RunAsync("DateTime.UnixEpoch.Year");
        await fixture.RunAsync("var declaredAfterResult = 3;");

        // When
        var inspection = await fixture.Session.InspectAsync("declaredAfterResult", 3, 0, CancellationToken.None);

        // Then
        Assert.Equal("int declaredAfterResult", inspection?.Text());
    }

    [Fact]
    public async Task Inspect_on_whitespace_returns_nothing()
    {
        // When
        var inspection = await fixture.Session.InspectAsync("   ", 1, 0, CancellationToken.None);

        // Then
        Assert.Null(inspection);
    }

    [Theory]
    [InlineData("var x = 1;", "complete", "")]
    [InlineData("1 + 2", "complete", "")]
    [InlineData("", "complete", "")]
    [InlineData("#r \"nuget: Deedle, 8.1.0\"", "complete", "")]
    [InlineData("if (x > 0)\n{", "incomplete", "    ")]
    [InlineData("var list = new List<int>\n{\n    Math.Max(1,", "incomplete", "        ")]
    [InlineData("var s = @\"open", "incomplete", "")]
    [InlineData("var y = 2; }", "invalid", "")]
    [InlineData("Foo(]", "invalid", "")]
    public void Is_complete_tells_whether_the_code_can_run(string code, string status, string indent)
    {
        // When
        var result = fixture.Session.IsComplete(code);

        // Then
        Assert.Equal(status, result.Status);
        Assert.Equal(indent, result.Indent);
    }
}
