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
    /// <summary>How many line numbers of dropped rows the output lists.</summary>
    public const int LinesShown = 10;

    /// <summary>What <see cref="DroppedLines"/> count: lines of a CSV file (the default) or rows of a Parquet file.</summary>
    public RowNumbering DroppedNumbering { get; init; }

    /// <summary>How the output names one dropped row's number (<c>line</c> or <c>row</c>); the JSON key is its plural.</summary>
    public string DroppedWord => DroppedNumbering == RowNumbering.Lines ? "line" : "row";

    /// <summary>The first <see cref="LinesShown"/> dropped lines.</summary>
    public IReadOnlyList<int> FirstDroppedLines => [.. DroppedLines.Take(LinesShown)];

    /// <summary>
    /// The report line, e.g. <c>Dropped 3 rows with missing values in used columns (lines 4, 9, 12).</c> (Parquet:
    /// <c>(rows 3, 8, 11)</c>), or null when none was dropped.
    /// </summary>
    public string? DroppedNote =>
        DroppedLines.Count switch
        {
            0 => null,
            1 => $"Dropped 1 row with a missing value in a used column ({DroppedWord} {DroppedLines[0]}).",
            var n =>
                $"Dropped {n} rows with missing values in used columns ({DroppedWord}s {string.Join(", ", FirstDroppedLines)}{(n > LinesShown ? ", …" : string.Empty)}).",
        };
}
