namespace AmazonSalesRegression.Features.Tabular;

/// <summary>
/// Row subsets of tabular data, e.g. the in-stock rows of a training period, as new
/// <see cref="TabularData"/> that formulas fit on and predict for. Every column is copied and every row keeps the
/// source line it came from, so an error in a subset still points at the original file.
/// </summary>
public static class TableRows
{
    /// <summary>The rows for which <paramref name="keep"/> is true, in their original order.</summary>
    /// <param name="data">The source rows.</param>
    /// <param name="keep">Decides for each 0-based row index whether it is kept.</param>
    /// <returns>A copy holding the kept rows.</returns>
    public static TabularData Where(ITabularData data, Func<int, bool> keep)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(keep);
        return Select(data, Enumerable.Range(0, data.RowCount).Where(keep).ToArray());
    }

    /// <summary>The given rows, in the given order (a row may repeat).</summary>
    /// <param name="data">The source rows.</param>
    /// <param name="rows">0-based row indices into <paramref name="data"/>.</param>
    /// <returns>A copy holding those rows.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A row index is outside the data.</exception>
    public static TabularData Select(ITabularData data, IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Any(r => r < 0 || r >= data.RowCount))
        {
            throw new ArgumentOutOfRangeException(nameof(rows), $"Row indices must be between 0 and {data.RowCount - 1}.");
        }

        return Copy(data, rows.ToArray());
    }

    private static TabularData Copy(ITabularData data, int[] picked)
    {
        var result = new TabularData(data.SourceName, picked.Length, row => data.LineOf(picked[row]));
        foreach (var name in data.ColumnNames)
        {
            switch (data.KindOf(name))
            {
                case ColumnKind.Numeric:
                    result.Add(name, Pick(data.Numeric(name).Span, picked));
                    break;
                case ColumnKind.Text:
                    var labels = data.Text(name);
                    result.Add(name, picked.Select(r => labels[r]).ToArray());
                    break;
                default:
                    result.Add(name, Pick(data.Dates(name).Span, picked));
                    break;
            }
        }

        return result;
    }

    private static T[] Pick<T>(ReadOnlySpan<T> values, int[] rows)
    {
        var result = new T[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            result[i] = values[rows[i]];
        }

        return result;
    }
}
