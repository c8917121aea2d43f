using System.Reflection;
using Deedle;

namespace AmazonSalesRegression.Engine.Formatting;

/// <summary>
/// A Deedle <c>Frame&lt;R, C&gt;</c> as a table of its first rows and columns. The frame's generic arguments are only
/// known at run time, so the formatter reflects on <c>GetFrameData()</c>, whose columns are aligned with the row keys;
/// missing values read <c>&lt;missing&gt;</c>.
/// </summary>
internal sealed class DeedleFrameFormatter : IValueFormatter
{
    public bool CanFormat(object value) =>
        value.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(Frame<,>);

    public void Format(object value, MimeBundleBuilder bundle, FormatContext context)
    {
        var type = value.GetType();
        var getData = type.GetMethod(nameof(Frame<int, int>.GetFrameData), BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes)!;
        var data = (FrameData)getData.Invoke(value, null)!;

        var rowKeys = data.RowKeys.Select(KeyText).ToArray();
        var columnKeys = data.ColumnKeys.Select(KeyText).ToArray();
        var vectors = data.Columns.Select(column => column.Item2).Take(context.MaxColumns).ToArray();
        var shownRows = Math.Min(rowKeys.Length, context.MaxRows);

        var rows = new List<IReadOnlyList<string>>(shownRows);
        for (var r = 0; r < shownRows; r++)
        {
            rows.Add(vectors.Select(vector => DeedleValues.Cell(vector.GetObject(r))).ToArray());
        }

        bundle.AddTable(
            new DisplayTable(
                $"{TypeNames.Friendly(type)} ({Counts.Of(rowKeys.Length, "row")} × {Counts.Of(columnKeys.Length, "column")})",
                columnKeys.Take(vectors.Length).ToArray(),
                rowKeys.Take(shownRows).ToArray(),
                rows,
                rowKeys.Length,
                columnKeys.Length
            )
        );
    }

    private static string KeyText(object[] levels) => string.Join(", ", levels.Select(PlainTextFormatter.FormatCell));
}
