using AmazonSalesRegression.Data.Csv;

namespace AmazonSalesRegression.Data.Parquet;

/// <summary>Copies of table columns restricted to some rows.</summary>
internal static class TableColumns
{
    /// <summary>A column with the values of <paramref name="column"/> at <paramref name="rows"/> (0-based, in order).</summary>
    public static TableColumn Take(TableColumn column, int[] rows) =>
        column switch
        {
            TableColumn<double> values => Take(values, rows),
            TableColumn<int> values => Take(values, rows),
            TableColumn<bool> values => Take(values, rows),
            TableColumn<DateOnly> values => Take(values, rows),
            TableColumn<string> values => Take(values, rows),
            _ => throw new ArgumentException($"Column '{column.Name}' has unsupported type {column.Type}.", nameof(column)),
        };

    private static TableColumn<T> Take<T>(TableColumn<T> column, int[] rows)
    {
        var values = new T[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            values[i] = column[rows[i]];
        }

        return new TableColumn<T>(column.Name, column.Type, column.SourceColumn, values, values.Length);
    }
}
