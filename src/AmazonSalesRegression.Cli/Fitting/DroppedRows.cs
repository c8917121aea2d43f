using AmazonSalesRegression.Data.Csv;
using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Cli.Fitting;

/// <summary>The rows left out of a fit for missing values: how many, and the first lines, which is all the output shows.</summary>
/// <param name="Count">How many rows were dropped.</param>
/// <param name="FirstLines">The file lines (1-based, header is line 1) of the first <see cref="LinesShown"/> dropped rows, in file order.</param>
internal sealed record DroppedRows(int Count, IReadOnlyList<int> FirstLines)
{
    /// <summary>How many line numbers of dropped rows the output lists.</summary>
    public const int LinesShown = 10;

    /// <summary>What <see cref="FirstLines"/> count: lines of a CSV file (the default) or rows of a Parquet file.</summary>
    public RowNumbering Numbering { get; init; }

    /// <summary>How the output names one dropped row's number (<c>line</c> or <c>row</c>); the JSON key is its plural.</summary>
    public string Word => Numbering == RowNumbering.Lines ? "line" : "row";

    /// <summary>
    /// The report line, e.g. <c>Dropped 3 rows with missing values in used columns (lines 4, 9, 12).</c> (Parquet:
    /// <c>(rows 3, 8, 11)</c>), or null when none was dropped.
    /// </summary>
    public string? Note =>
        Count switch
        {
            0 => null,
            1 => $"Dropped 1 row with a missing value in a used column ({Word} {FirstLines[0]}).",
            var n =>
                $"Dropped {n} rows with missing values in used columns ({Word}s {string.Join(", ", FirstLines)}{(n > LinesShown ? ", …" : string.Empty)}).",
        };

    /// <summary>The error when every row was dropped: it names the file and the used columns, as every fit path words it.</summary>
    /// <param name="source">The data file.</param>
    /// <param name="rows">How many rows the file has (all dropped).</param>
    /// <param name="used">The columns the model uses.</param>
    public static DataFormatException NothingLeft(string source, int rows, IEnumerable<string> used) =>
        new(
            source,
            null,
            null,
            null,
            $"every one of the {rows} rows has a missing value (an empty cell or NaN) in a column the model uses ({string.Join(", ", used)}); nothing is left to fit."
        );
}
