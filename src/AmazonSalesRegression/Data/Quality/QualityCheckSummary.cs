namespace AmazonSalesRegression.Data.Quality;

/// <summary>One line of a data-quality report for display: the check and its counts, without the findings.</summary>
/// <param name="Check">What the check asserts.</param>
/// <param name="Columns">The columns it reads.</param>
/// <param name="RowsChecked">Rows checked.</param>
/// <param name="Violations">Rows that break it.</param>
/// <param name="Status"><c>pass</c> or <c>FLAG</c>.</param>
public sealed record QualityCheckSummary(string Check, string Columns, int RowsChecked, int Violations, string Status);
