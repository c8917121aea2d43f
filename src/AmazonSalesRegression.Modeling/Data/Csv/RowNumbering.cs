namespace AmazonSalesRegression.Data.Csv;

/// <summary>What the numbers in <see cref="ColumnTable.LineNumbers"/> count, and so how messages name a row.</summary>
public enum RowNumbering
{
    /// <summary>Physical lines of a text file, the header being line 1 (CSV); a row is named <c>line 12</c>.</summary>
    Lines,

    /// <summary>Rows of data, the first being row 1 (Parquet, which has no lines); a row is named <c>row 11</c>.</summary>
    Rows,
}
