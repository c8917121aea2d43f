using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Production;

/// <summary>Selects rows of tabular data into a new in-memory table that keeps each row's source line.</summary>
internal static class TableRows
{
    public static TabularData Select(ITabularData data, IReadOnlyList<int> rows)
    {
        var lines = rows.Select(data.LineOf).ToArray();
        var result = new TabularData(data.SourceName, rows.Count, i => lines[i]);
        foreach (var name in data.ColumnNames)
        {
            _ = data.KindOf(name) switch
            {
                ColumnKind.Numeric => result.Add(name, Pick(data.Numeric(name).Span, rows)),
                ColumnKind.Date => result.Add(name, Pick(data.Dates(name).Span, rows)),
                _ => result.Add(name, [.. rows.Select(r => data.Text(name)[r])]),
            };
        }

        return result;
    }

    private static T[] Pick<T>(ReadOnlySpan<T> values, IReadOnlyList<int> rows)
    {
        var result = new T[rows.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = values[rows[i]];
        }

        return result;
    }
}
