using System.Text;
using AmazonSalesRegression.Data.Csv;

namespace AmazonSalesRegression.Modeling.Tests.Data.Csv.Properties;

/// <summary>A generated table and its RFC 4180 text, with the physical line on which each row starts.</summary>
internal sealed record CsvTable(string[] Names, bool[] Numeric, object[][] Rows, string NewLine, bool FinalNewLine, bool Bom)
{
    /// <summary>The schema that reads the table back: doubles, and text that may be empty.</summary>
    public CsvSchema Schema =>
        new(
            Names.Select(
                (name, j) =>
                    Numeric[j] ? new CsvColumn(name, CsvColumnType.Double) : new CsvColumn(name, CsvColumnType.String) { AllowEmpty = true }
            )
        );

    /// <summary>The CSV text; <paramref name="replace"/> may substitute the raw (already quoted) text of one cell.</summary>
    public string Write((int Row, int Column, string Raw)? replace = null)
    {
        var text = new StringBuilder(Bom ? "\uFEFF" : "");
        text.Append(string.Join(',', Names));
        foreach (var (row, i) in Rows.Select((row, i) => (row, i)))
        {
            text.Append(NewLine);
            var cells = row.Select((value, j) => replace is { } r && r.Row == i && r.Column == j ? r.Raw : Quote(value));
            text.Append(string.Join(',', cells));
        }

        if (FinalNewLine)
        {
            text.Append(NewLine);
        }

        return text.ToString();
    }

    /// <summary>The 1-based physical line each row starts on: after the header and every line break of the rows before it.</summary>
    public int[] RowLines()
    {
        var lines = new int[Rows.Length];
        var line = 1;
        for (var i = 0; i < Rows.Length; i++)
        {
            line++;
            lines[i] = line;
            line += Rows[i].Sum(value => value is string s ? s.Count(c => c == '\n') : 0);
        }

        return lines;
    }

    /// <summary>The physical line a cell starts on: its row's line plus the line breaks of the cells before it in the row.</summary>
    public int CellLine(int row, int column) =>
        RowLines()[row] + Rows[row].Take(column).Sum(value => value is string s ? s.Count(c => c == '\n') : 0);

    /// <summary>RFC 4180: numbers as round-trip text; text in quotes (inner quotes doubled) when it holds a separator, quote, line break or is empty.</summary>
    public static string Quote(object value) =>
        value switch
        {
            double number => CsvGen.Format(number),
            string s when s.Length == 0 || s.AsSpan().IndexOfAny(",\"\r\n") >= 0 => "\""
                + s.Replace("\"", "\"\"", StringComparison.Ordinal)
                + "\"",
            string s => s,
            _ => throw new ArgumentException("unexpected cell", nameof(value)),
        };

    /// <inheritdoc />
    public override string ToString() => Write();
}
