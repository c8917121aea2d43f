namespace AmazonSalesRegression.Data.Csv;

/// <summary>The parsed values of the row being checked by a <see cref="CsvRowRule"/>, looked up by column name.</summary>
public readonly struct CsvRowValues
{
    private readonly CsvSchema _schema;
    private readonly ColumnBuilder[]? _builders;
    private readonly TableColumn[]? _columns;
    private readonly int _row;

    internal CsvRowValues(CsvSchema schema, ColumnBuilder[] builders, int row)
    {
        _schema = schema;
        _builders = builders;
        _row = row;
    }

    /// <summary>The values of row <paramref name="row"/> of finished columns, in schema order (the Parquet reader's rows).</summary>
    internal CsvRowValues(CsvSchema schema, TableColumn[] columns, int row)
    {
        _schema = schema;
        _columns = columns;
        _row = row;
    }

    /// <summary>The value of a <see cref="CsvColumnType.Double"/> column.</summary>
    /// <param name="column">Column name.</param>
    public double GetDouble(string column) => Get<double>(column);

    /// <summary>The value of an <see cref="CsvColumnType.Int32"/> column.</summary>
    /// <param name="column">Column name.</param>
    public int GetInt32(string column) => Get<int>(column);

    /// <summary>The value of a <see cref="CsvColumnType.Boolean01"/> column.</summary>
    /// <param name="column">Column name.</param>
    public bool GetBoolean(string column) => Get<bool>(column);

    /// <summary>The value of a <see cref="CsvColumnType.Date"/> column.</summary>
    /// <param name="column">Column name.</param>
    public DateOnly GetDate(string column) => Get<DateOnly>(column);

    /// <summary>The value of a <see cref="CsvColumnType.String"/> or <see cref="CsvColumnType.Category"/> column.</summary>
    /// <param name="column">Column name.</param>
    public string GetString(string column) => Get<string>(column);

    private T Get<T>(string column)
    {
        var index = _schema.IndexOf(column);
        if (index < 0)
        {
            throw new ArgumentException($"The schema has no column '{column}'.", nameof(column));
        }

        return _columns is not null && _columns[index] is TableColumn<T> values ? values[_row]
            : _builders?[index] is ColumnBuilder<T> builder ? builder[_row]
            : throw new InvalidOperationException($"Column '{column}' holds {_schema.Columns[index].Type} values, not {typeof(T).Name}.");
    }
}
