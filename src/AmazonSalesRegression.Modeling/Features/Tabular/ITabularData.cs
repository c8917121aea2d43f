namespace AmazonSalesRegression.Features.Tabular;

/// <summary>
/// Read-only columnar data that formulas and models consume. Each row remembers where it came from
/// (<see cref="LineOf"/>) so that a data error can point at the file and line.
/// </summary>
public interface ITabularData
{
    /// <summary>Name of the source, usually a file path.</summary>
    string SourceName { get; }

    /// <summary>Number of rows.</summary>
    int RowCount { get; }

    /// <summary>Column names in source order.</summary>
    IReadOnlyList<string> ColumnNames { get; }

    /// <summary>The kind of <paramref name="column"/>, or <see langword="null"/> when there is no such column.</summary>
    ColumnKind? KindOf(string column);

    /// <summary>The values of a <see cref="ColumnKind.Numeric"/> column.</summary>
    ReadOnlyMemory<double> Numeric(string column);

    /// <summary>The values of a <see cref="ColumnKind.Text"/> column.</summary>
    IReadOnlyList<string> Text(string column);

    /// <summary>The values of a <see cref="ColumnKind.Date"/> column.</summary>
    ReadOnlyMemory<DateOnly> Dates(string column);

    /// <summary>The 1-based source line of row <paramref name="row"/> (0-based), for error messages; <see langword="null"/> when unknown.</summary>
    int? LineOf(int row);
}
