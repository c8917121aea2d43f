using System.Collections.ObjectModel;
using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Data.Csv;

/// <summary>
/// A table read from a CSV (or Parquet) file, stored by column: ordered, named, typed columns of equal length, the name
/// of the source and, for every row, the physical line (or Parquet row) it came from, so that later checks can point
/// back at the file.
/// </summary>
public sealed partial class ColumnTable
{
    private readonly Dictionary<string, TableColumn> _byName;

    internal ColumnTable(
        string source,
        IReadOnlyList<TableColumn> columns,
        int[] lineNumbers,
        IReadOnlyList<DataFormatException> skippedRows
    )
    {
        Source = source;
        Columns = columns;
        LineNumbers = Array.AsReadOnly(lineNumbers);
        SkippedRows = skippedRows;
        ColumnNames = [.. columns.Select(c => c.Name)];
        _byName = columns.ToDictionary(c => c.Name, StringComparer.Ordinal);
    }

    /// <summary>Name of the input (file path or the name given by the caller).</summary>
    public string Source { get; }

    /// <summary>Number of rows.</summary>
    public int RowCount => LineNumbers.Count;

    /// <summary>The columns, in schema order.</summary>
    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>The column names, in schema order.</summary>
    public IReadOnlyList<string> ColumnNames { get; }

    /// <summary>
    /// For each row, the 1-based physical line of the source it starts on; for a source without lines (a Parquet file,
    /// <see cref="Numbering"/> <see cref="RowNumbering.Rows"/>), the 1-based row number in the file.
    /// </summary>
    public ReadOnlyCollection<int> LineNumbers { get; }

    /// <summary>
    /// The errors of the rows left out under <see cref="BadRowPolicy.Skip"/> (one per bad row or blank line between
    /// rows, in file order); empty when nothing was skipped.
    /// </summary>
    public IReadOnlyList<DataFormatException> SkippedRows { get; }

    /// <summary>The column called <paramref name="name"/>.</summary>
    /// <param name="name">Column name.</param>
    /// <exception cref="KeyNotFoundException">No such column; the message lists the columns there are.</exception>
    public TableColumn this[string name] =>
        _byName.TryGetValue(name, out var column)
            ? column
            : throw new KeyNotFoundException($"{Source} has no column '{name}'; its columns are: {string.Join(", ", ColumnNames)}.");

    /// <summary>Whether there is a column called <paramref name="name"/>.</summary>
    /// <param name="name">Column name.</param>
    public bool Contains(string name) => _byName.ContainsKey(name);

    /// <summary>The column called <paramref name="name"/>, typed.</summary>
    /// <typeparam name="T">The column's element type, e.g. <see cref="double"/> for <see cref="CsvColumnType.Double"/>.</typeparam>
    /// <param name="name">Column name.</param>
    /// <exception cref="KeyNotFoundException">No such column.</exception>
    /// <exception cref="InvalidOperationException">The column holds another type.</exception>
    public TableColumn<T> Get<T>(string name) =>
        this[name] as TableColumn<T>
        ?? throw new InvalidOperationException($"Column '{name}' holds {this[name].Type} values, not {typeof(T).Name}.");

    /// <summary>
    /// An error located at a cell of this table's source: its file, the row's line (or, for a Parquet file, its row
    /// number), the column's number and name. Use it for problems found after reading, e.g. in feature engineering.
    /// </summary>
    /// <param name="row">0-based row index.</param>
    /// <param name="column">Column name.</param>
    /// <param name="problem">What is wrong, including what was expected.</param>
    public DataFormatException ErrorAt(int row, string column, string problem) =>
        Numbering == RowNumbering.Lines
            ? new(Source, LineNumbers[row], this[column].SourceColumn, column, problem)
            : DataFormatException.AtRow(Source, LineNumbers[row], this[column].SourceColumn, column, problem);
}
