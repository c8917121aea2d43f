namespace AmazonSalesRegression.Data.Quality;

/// <summary>The checks run on a sales data set, in the order they ran.</summary>
/// <param name="Rows">Rows in the data set.</param>
/// <param name="Checks">The checks with their findings.</param>
public sealed record DataQualityReport(int Rows, IReadOnlyList<QualityCheck> Checks)
{
    /// <summary>Whether every check passed.</summary>
    public bool Passed => Checks.All(c => c.Passed);

    /// <summary>One display line per check.</summary>
    public IReadOnlyList<QualityCheckSummary> Summary =>
        [.. Checks.Select(c => new QualityCheckSummary(c.Name, c.Columns, c.RowsChecked, c.Violations, c.Passed ? "pass" : "FLAG"))];

    /// <summary>The check named <paramref name="name"/>.</summary>
    /// <param name="name">The check's <see cref="QualityCheck.Name"/>.</param>
    /// <exception cref="KeyNotFoundException">No check has that name.</exception>
    public QualityCheck this[string name] =>
        Checks.FirstOrDefault(c => c.Name == name)
        ?? throw new KeyNotFoundException($"No check named '{name}'; checks: {string.Join(", ", Checks.Select(c => c.Name))}.");
}
