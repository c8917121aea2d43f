using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Data.Csv;

/// <summary>How the rows of a table are named in messages: by line for CSV, by row number for Parquet.</summary>
public sealed partial class ColumnTable
{
    /// <summary>Creates a table whose rows are numbered as <paramref name="numbering"/> says (Parquet: data rows).</summary>
    /// <param name="source">Name of the input.</param>
    /// <param name="columns">The columns, in schema order.</param>
    /// <param name="rowNumbers">For each row, its 1-based line or row number in the source.</param>
    /// <param name="skippedRows">The errors of the rows left out under <see cref="BadRowPolicy.Skip"/>.</param>
    /// <param name="numbering">What <paramref name="rowNumbers"/> count.</param>
    internal ColumnTable(
        string source,
        IReadOnlyList<TableColumn> columns,
        int[] rowNumbers,
        IReadOnlyList<DataFormatException> skippedRows,
        RowNumbering numbering
    )
        : this(source, columns, rowNumbers, skippedRows) => Numbering = numbering;

    /// <summary>What <see cref="LineNumbers"/> count: lines of a CSV file (the default) or rows of a Parquet file.</summary>
    public RowNumbering Numbering { get; }

    /// <summary>The line of the header that names the columns (1 for CSV), or <see langword="null"/> for a source without lines.</summary>
    public int? HeaderLine => Numbering == RowNumbering.Lines ? 1 : null;

    /// <summary>Row <paramref name="row"/> (0-based) as messages name it: <c>line 12</c> for CSV, <c>row 11</c> for Parquet.</summary>
    /// <param name="row">0-based row index.</param>
    public string RowName(int row) => $"{(Numbering == RowNumbering.Lines ? "line" : "row")} {LineNumbers[row]}";
}
