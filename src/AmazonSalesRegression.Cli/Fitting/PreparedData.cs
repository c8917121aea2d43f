using AmazonSalesRegression.Data.Csv;
using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Cli.Fitting;

/// <summary>The rows a fit uses, after rows with missing values in used columns were dropped, and what was done to get them.</summary>
/// <param name="Table">The rows, each knowing its line in the file.</param>
/// <param name="DroppedLines">The file lines (1-based, header is line 1) of the dropped rows, in file order; for Parquet, their 1-based row numbers (see <see cref="DroppedNumbering"/>).</param>
/// <param name="Features">The predictor columns of a target/features fit; empty for a formula.</param>
/// <param name="DefaultFeatures">Whether <paramref name="Features"/> is the default set (every column but target and groups).</param>
internal sealed record PreparedData(
    ITabularData Table,
    IReadOnlyList<int> DroppedLines,
    IReadOnlyList<string> Features,
    bool DefaultFeatures
)
{
    /// <summary>What <see cref="DroppedLines"/> count: lines of a CSV file (the default) or rows of a Parquet file.</summary>
    public RowNumbering DroppedNumbering { get; init; }

    /// <summary>The dropped rows as the output reports them.</summary>
    public DroppedRows Dropped => new(DroppedLines.Count, [.. DroppedLines.Take(DroppedRows.LinesShown)]) { Numbering = DroppedNumbering };
}
