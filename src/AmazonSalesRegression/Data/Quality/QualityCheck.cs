namespace AmazonSalesRegression.Data.Quality;

/// <summary>The outcome of one data-quality check: what was checked, on how many rows, and every violation found.</summary>
/// <param name="Name">What the check asserts, e.g. <c>selling_price = list_price − discount</c>.</param>
/// <param name="Columns">The columns the check reads, comma-separated.</param>
/// <param name="RowsChecked">How many rows (or, for the panel check, expected rows) were checked.</param>
/// <param name="Findings">The violations, in row order.</param>
public sealed record QualityCheck(string Name, string Columns, int RowsChecked, IReadOnlyList<QualityFinding> Findings)
{
    /// <summary>How many rows break the check.</summary>
    public int Violations => Findings.Count;

    /// <summary>Whether no row breaks the check.</summary>
    public bool Passed => Findings.Count == 0;
}
