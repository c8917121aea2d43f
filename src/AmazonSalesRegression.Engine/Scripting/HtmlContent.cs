namespace AmazonSalesRegression.Engine.Scripting;

/// <summary>Markup that displays as <c>text/html</c>; made by a cell's <c>HTML("...")</c>.</summary>
/// <param name="Html">The markup, shown as is (not escaped).</param>
public sealed record HtmlContent(string Html)
{
    /// <summary>The markup.</summary>
    public string ToHtml() => Html;

    /// <summary>The markup, for the <c>text/plain</c> form.</summary>
    public override string ToString() => Html;
}
