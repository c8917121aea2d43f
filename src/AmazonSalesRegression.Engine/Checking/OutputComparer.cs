using AmazonSalesRegression.Engine.Notebooks;

namespace AmazonSalesRegression.Engine.Checking;

/// <summary>
/// Compares a cell's committed and fresh outputs the way nbval does: the sequence of output kinds, stream text,
/// the <c>text/plain</c> of displays and results, and the error name; text is compared after sanitizing and
/// consecutive streams of the same name are merged first.
/// </summary>
internal static class OutputComparer
{
    /// <summary>The first difference, or <see langword="null"/> when the outputs match.</summary>
    public static (int OutputIndex, string Description, int? Line, string? Expected, string? Actual)? FirstDifference(
        IReadOnlyList<NotebookOutput> expected,
        IReadOnlyList<NotebookOutput> actual,
        OutputSanitizer sanitizer
    )
    {
        var left = Comparable(expected, sanitizer);
        var right = Comparable(actual, sanitizer);
        for (var i = 0; i < Math.Max(left.Count, right.Count); i++)
        {
            var index = i.ToString(CultureInfo.InvariantCulture);
            if (i >= left.Count)
            {
                return (i, $"unexpected output {index} ({right[i].Kind})", null, null, FirstLine(right[i].Text));
            }

            if (i >= right.Count)
            {
                return (i, $"missing output {index} ({left[i].Kind})", null, FirstLine(left[i].Text), null);
            }

            if (left[i].Kind != right[i].Kind)
            {
                return (i, $"output {index} is {right[i].Kind}, expected {left[i].Kind}", null, left[i].Kind, right[i].Kind);
            }

            if (left[i].Text != right[i].Text)
            {
                var (line, was, now) = FirstDifferentLine(left[i].Text, right[i].Text);
                return (i, $"output {index} ({left[i].Kind}): line {line.ToString(CultureInfo.InvariantCulture)} differs", line, was, now);
            }
        }

        return null;
    }

    private static List<(string Kind, string Text)> Comparable(IReadOnlyList<NotebookOutput> outputs, OutputSanitizer sanitizer)
    {
        var items = new List<(string Kind, string Text)>();
        foreach (var output in outputs)
        {
            var item = output switch
            {
                NotebookStreamOutput stream => ($"stream {stream.Name}", stream.Text),
                DisplayDataOutput display => (display.OutputType, PlainText(display.Data)),
                ExecuteResultOutput result => (result.OutputType, PlainText(result.Data)),
                ErrorOutput error => (error.OutputType, error.EName),
                _ => (output.OutputType, string.Empty),
            };
            if (items.Count > 0 && item.Item1.StartsWith("stream ", StringComparison.Ordinal) && items[^1].Kind == item.Item1)
            {
                items[^1] = (item.Item1, items[^1].Text + item.Item2);
            }
            else
            {
                items.Add(item);
            }
        }

        return items.Select(i => (i.Kind, sanitizer.Sanitize(i.Text.ReplaceLineEndings("\n")))).ToList();
    }

    private static string PlainText(IReadOnlyDictionary<string, System.Text.Json.Nodes.JsonNode> data) =>
        data.TryGetValue("text/plain", out var text) ? text.ToString() : string.Empty;

    private static (int Line, string? Expected, string? Actual) FirstDifferentLine(string expected, string actual)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        for (var i = 0; ; i++)
        {
            var was = i < left.Length ? left[i] : null;
            var now = i < right.Length ? right[i] : null;
            if (was != now)
            {
                return (i + 1, was, now);
            }
        }
    }

    private static string FirstLine(string text) => text.Split('\n')[0];
}
