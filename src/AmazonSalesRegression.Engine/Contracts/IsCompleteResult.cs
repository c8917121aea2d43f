namespace AmazonSalesRegression.Engine;

/// <summary>Whether code typed so far can be executed (Jupyter's <c>is_complete_reply</c>).</summary>
/// <param name="Status"><c>complete</c>, <c>incomplete</c>, <c>invalid</c> or <c>unknown</c>.</param>
/// <param name="Indent">Suggested indentation for the next line when <paramref name="Status"/> is <c>incomplete</c>; otherwise empty.</param>
public sealed record IsCompleteResult(string Status, string Indent);
