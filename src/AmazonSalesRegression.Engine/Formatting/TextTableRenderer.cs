using System.Text;

namespace AmazonSalesRegression.Engine.Formatting;

/// <summary>Renders a <see cref="DisplayTable"/> as a fixed-width text table (the <c>text/plain</c> form).</summary>
internal static class TextTableRenderer
{
    private const string Gap = "  ";

    /// <summary>The caption, the header, one line per shown row, and the truncation note if any.</summary>
    public static string Render(DisplayTable table)
    {
        var labelWidth = table.RowLabels.Select(Width).DefaultIfEmpty(0).Max();
        var widths = table.Columns.Select((column, c) => table.Rows.Select(row => Width(row[c])).Prepend(Width(column)).Max()).ToArray();

        var builder = new StringBuilder();
        builder.Append(table.Caption).Append('\n');
        AppendLine(builder, string.Empty, labelWidth, table.Columns, widths);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            AppendLine(builder, table.RowLabels[r], labelWidth, table.Rows[r], widths);
        }

        if (table.TruncationNote.Length > 0)
        {
            builder.Append(table.TruncationNote).Append('\n');
        }

        return builder.ToString().TrimEnd('\n');
    }

    private static void AppendLine(StringBuilder builder, string label, int labelWidth, IReadOnlyList<string> cells, int[] widths)
    {
        var line = new StringBuilder();
        line.Append(OneLine(label).PadRight(labelWidth));
        for (var c = 0; c < cells.Count; c++)
        {
            line.Append(Gap).Append(OneLine(cells[c]).PadRight(widths[c]));
        }

        builder.Append(line.ToString().TrimEnd()).Append('\n');
    }

    private static int Width(string text) => OneLine(text).Length;

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
