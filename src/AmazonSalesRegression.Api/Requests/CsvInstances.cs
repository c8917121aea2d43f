using System.Text;
using AmazonSalesRegression.Scoring;

namespace AmazonSalesRegression.Api.Requests;

/// <summary>
/// Reads <c>text/csv</c> instances (the SageMaker content type): a header row naming every feature once, then one row
/// per instance; fields may be quoted with <c>"</c> (doubled inside), lines end with LF or CRLF, blank lines are skipped,
/// and a leading byte-order mark is ignored.
/// </summary>
internal static class CsvInstances
{
    public static RequestError? Parse(ReadOnlySpan<byte> body, DemandScorer scorer, out InstanceBatch? batch)
    {
        batch = null;
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return RequestError.Malformed("the CSV body is not valid UTF-8.");
        }

        var lines = text.Split('\n')
            .Select(l => l.TrimEnd('\r'))
            .Select((l, i) => (Text: l, Line: i + 1))
            .Where(l => l.Text.Length > 0)
            .ToList();
        if (lines.Count < 2)
        {
            return RequestError.Malformed("the CSV body needs a header row and at least one instance row.");
        }

        if (lines.Count - 1 > RequestLimits.MaxInstances)
        {
            return RequestError.TooLarge($"at most {RequestLimits.MaxInstances} instances per request.");
        }

        var header = Fields(lines[0].Text);
        if (header is null)
        {
            return RequestError.Malformed("line 1: unbalanced quotes in the header.");
        }

        var slots = new int[header.Count];
        for (var c = 0; c < header.Count; c++)
        {
            if (!scorer.TryGetFeatureIndex(header[c], out slots[c]))
            {
                return RequestError.Malformed(
                    $"line 1: unknown column '{ValueDecoder.Shorten(header[c])}'; GET /version lists the features."
                );
            }

            if (Array.IndexOf(slots, slots[c], 0, c) >= 0)
            {
                return RequestError.Malformed($"line 1: column '{header[c]}' appears twice.");
            }
        }

        var missing = scorer.Features.Where((_, f) => !slots.Contains(f)).Select(f => f.Name).ToList();
        if (missing.Count > 0)
        {
            return RequestError.Malformed($"line 1: missing column(s) {string.Join(", ", missing)}.");
        }

        var features = scorer.Features.Count;
        var values = new double[(lines.Count - 1) * features];
        for (var i = 1; i < lines.Count; i++)
        {
            var (line, number) = lines[i];
            var fields = Fields(line);
            if (fields is null || fields.Count != header.Count)
            {
                return RequestError
                    .Malformed(
                        $"line {number}: expected {header.Count} fields, found {(fields is null ? "unbalanced quotes" : fields.Count)}."
                    )
                    .At(i - 1);
            }

            for (var c = 0; c < fields.Count; c++)
            {
                var error = ValueDecoder.Decode(scorer, slots[c], fields[c], i - 1, number, out values[(i - 1) * features + slots[c]]);
                if (error is not null)
                {
                    return error;
                }
            }
        }

        batch = new InstanceBatch(values, lines.Count - 1, features, [.. lines.Skip(1).Select(l => l.Line)]);
        return null;
    }

    private static List<string>? Fields(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c != '"')
                {
                    current.Append(c);
                }
                else if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return quoted ? null : fields;
    }
}
