using System.Text;

namespace AmazonSalesRegression.Regression.Summary;

/// <summary>The plain-text layout.</summary>
public sealed partial class OlsSummary
{
    /// <summary>The summary as fixed-width text, 78 characters wide.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine(Center("OLS Regression Results"));
        text.AppendLine(new string('=', Width));
        AppendPairs(text, Header());
        text.AppendLine(new string('=', Width));

        var nameWidth = Math.Max(10, Coefficients.Max(c => c.Name.Length) + 1);
        var (lower, upper) = IntervalLabels();
        var columns = new[] { "coef", "std err", StatisticName, $"P>|{StatisticName}|", lower, upper };
        text.AppendLine(new string(' ', nameWidth) + string.Concat(columns.Select(c => c.PadLeft(11))));
        text.AppendLine(new string('-', Math.Max(Width, nameWidth + 66)));
        foreach (var c in Coefficients)
        {
            var cells = CoefficientCells(c);
            text.AppendLine(c.Name.PadRight(nameWidth) + string.Concat(cells.Select(v => v.PadLeft(11))));
        }

        text.AppendLine(new string('=', Width));
        AppendPairs(text, Footer());
        text.AppendLine(new string('=', Width));
        text.AppendLine();
        text.AppendLine("Notes:");
        var notes = Notes();
        for (var i = 0; i < notes.Count; i++)
        {
            AppendWrapped(text, $"[{i + 1}] {notes[i]}");
        }

        return text.ToString();
    }

    private (string Lower, string Upper) IntervalLabels()
    {
        var alpha = (1 - Model.ConfidenceLevel) / 2;
        return ($"[{SummaryNumbers.Format(alpha, 3)}", $"{SummaryNumbers.Format(1 - alpha, 3)}]");
    }

    private static void AppendPairs(
        StringBuilder text,
        IEnumerable<((string Label, string Value) Left, (string Label, string Value) Right)> rows
    )
    {
        foreach (var (left, right) in rows)
        {
            text.AppendLine(Pair(left, 37) + "   " + Pair(right, 38));
        }
    }

    private static string Pair((string Label, string Value) cell, int width)
    {
        var value = cell.Value.Length > width - cell.Label.Length - 1 ? cell.Value[..(width - cell.Label.Length - 1)] : cell.Value;
        return cell.Label + value.PadLeft(width - cell.Label.Length);
    }

    private static void AppendWrapped(StringBuilder text, string paragraph)
    {
        var line = new StringBuilder();
        foreach (var word in paragraph.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > Width)
            {
                text.AppendLine(line.ToString());
                line.Clear().Append("    ");
            }

            line.Append(line.Length is 0 or 4 ? string.Empty : " ").Append(word);
        }

        text.AppendLine(line.ToString());
    }

    private static string Center(string title) => title.PadLeft((Width + title.Length) / 2).PadRight(Width);
}
