namespace AmazonSalesRegression.Data.Csv;

/// <summary>
/// A check across the values of one row, run after all its fields parsed, e.g.
/// <c>selling_price = list_price - discount</c>. A failing row is a bad row like one with an unparsable field.
/// </summary>
/// <param name="Column">The column the error is reported at (its line, column number and name).</param>
/// <param name="Description">What the rule requires, for documentation.</param>
/// <param name="Check">
/// Returns <see langword="null"/> when the row is fine, otherwise the problem including what was expected and found.
/// Must be a pure function: rows are checked in parallel.
/// </param>
public sealed record CsvRowRule(string Column, string Description, Func<CsvRowValues, string?> Check);
