using Microsoft.Data.Analysis;

namespace AmazonSalesRegression.Engine.Formatting;

/// <summary>A Microsoft.Data.Analysis <see cref="DataFrame"/> as a table of its first rows and columns.</summary>
internal sealed class DataFrameFormatter : IValueFormatter
{
    public bool CanFormat(object value) => value is DataFrame;

    public void Format(object value, MimeBundleBuilder bundle, FormatContext context)
    {
        var frame = (DataFrame)value;
        var totalRows = frame.Rows.Count;
        var columns = frame.Columns.Take(context.MaxColumns).ToArray();
        var shownRows = (int)Math.Min(totalRows, context.MaxRows);

        var rows = new List<IReadOnlyList<string>>(shownRows);
        for (long r = 0; r < shownRows; r++)
        {
            rows.Add(columns.Select(column => PlainTextFormatter.FormatCell(column[r])).ToArray());
        }

        bundle.AddTable(
            new DisplayTable(
                $"DataFrame ({Counts.Of(totalRows, "row")} × {Counts.Of(frame.Columns.Count, "column")})",
                columns.Select(column => column.Name).ToArray(),
                Enumerable.Range(0, shownRows).Select(r => r.ToString(CultureInfo.InvariantCulture)).ToArray(),
                rows,
                checked((int)totalRows),
                frame.Columns.Count
            )
        );
    }
}
