namespace AmazonSalesRegression.Cli.Fitting;

/// <summary>The rows left out of a fit for missing values: how many, and the first lines, which is all the output shows.</summary>
/// <param name="Count">How many rows were dropped.</param>
/// <param name="FirstLines">The file lines (1-based, header is line 1) of the first <see cref="LinesShown"/> dropped rows, in file order.</param>
internal sealed record DroppedRows(int Count, IReadOnlyList<int> FirstLines)
{
    /// <summary>How many line numbers of dropped rows the output lists.</summary>
    public const int LinesShown = 10;

    /// <summary>The report line, e.g. <c>Dropped 3 rows with missing values in used columns (lines 4, 9, 12).</c>, or null when none was dropped.</summary>
    public string? Note =>
        Count switch
        {
            0 => null,
            1 => $"Dropped 1 row with a missing value in a used column (line {FirstLines[0]}).",
            var n =>
                $"Dropped {n} rows with missing values in used columns (lines {string.Join(", ", FirstLines)}{(n > LinesShown ? ", …" : string.Empty)}).",
        };
}
