using System.Text.Json;
using AmazonSalesRegression.Scoring;
using AmazonSalesRegression.Scoring.Artifacts;

namespace AmazonSalesRegression.Api.Requests;

/// <summary>
/// Reads <c>{"instances":[{feature: value, …}, …]}</c> with a forward-only reader: numbers as JSON numbers (or
/// true/false for flags), categories and dates as strings; every feature exactly once, nothing else.
/// </summary>
internal static class JsonInstances
{
    public static RequestError? Parse(ReadOnlySpan<byte> body, DemandScorer scorer, out InstanceBatch? batch)
    {
        batch = null;
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 8 });
        var features = scorer.Features.Count;
        var values = new double[features * 4];
        var count = 0;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return RequestError.Malformed("the body must be a JSON object {\"instances\": [...]}.");
            }

            var found = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (!reader.ValueTextEquals("instances"u8) || found)
                {
                    return RequestError.Malformed("the body must have exactly one field, \"instances\".");
                }

                found = true;
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
                {
                    return RequestError.Malformed("\"instances\" must be an array of objects.");
                }

                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (count == RequestLimits.MaxInstances)
                    {
                        return RequestError.TooLarge($"at most {RequestLimits.MaxInstances} instances per request.");
                    }

                    if (values.Length < (count + 1) * features)
                    {
                        Array.Resize(ref values, values.Length * 2);
                    }

                    var error = Instance(ref reader, scorer, values.AsSpan(count * features, features), count);
                    if (error is not null)
                    {
                        return error;
                    }

                    count++;
                }
            }

            if (!found)
            {
                return RequestError.Malformed("missing field \"instances\".");
            }

            if (reader.Read())
            {
                return RequestError.Malformed("unexpected content after the JSON object.");
            }
        }
        catch (JsonException e)
        {
            return RequestError.Malformed($"malformed JSON near byte {e.BytePositionInLine + 1} of line {e.LineNumber + 1}.");
        }

        if (count == 0)
        {
            return RequestError.Malformed("\"instances\" is empty.");
        }

        batch = new InstanceBatch(values, count, features);
        return null;
    }

    private static RequestError? Instance(ref Utf8JsonReader reader, DemandScorer scorer, Span<double> row, int index)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return RequestError.Malformed($"instances[{index}] must be an object of feature values.").At(index);
        }

        ulong seen = 0;
        Span<char> name = stackalloc char[ValueDecoder.MaxTextLength];
        Span<char> text = stackalloc char[ValueDecoder.MaxTextLength];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var length = reader.ValueSpan.Length <= ValueDecoder.MaxTextLength ? reader.CopyString(name) : -1;
            if (length < 0 || !scorer.TryGetFeatureIndex(name[..length], out var feature))
            {
                var shown = length < 0 ? "(a very long name)" : ValueDecoder.Shorten(name[..length]);
                return RequestError.Malformed($"instances[{index}]: unknown feature '{shown}'; GET /version lists the features.").At(index);
            }

            if ((seen & (1UL << feature)) != 0)
            {
                var twice = scorer.Features[feature].Name;
                return RequestError.Malformed($"instances[{index}]: feature '{twice}' appears twice.").At(index, twice);
            }

            seen |= 1UL << feature;
            reader.Read();
            var error = Value(ref reader, scorer, feature, text, index, out row[feature]);
            if (error is not null)
            {
                return error;
            }
        }

        var all = scorer.Features.Count == 64 ? ulong.MaxValue : (1UL << scorer.Features.Count) - 1;
        if (seen != all)
        {
            string[] missing = [.. scorer.Features.Where((_, f) => (seen & (1UL << f)) == 0).Select(f => f.Name)];
            return RequestError.Malformed($"instances[{index}]: missing feature(s) {string.Join(", ", missing)}.").At(index, missing);
        }

        return null;
    }

    private static RequestError? Value(
        ref Utf8JsonReader reader,
        DemandScorer scorer,
        int feature,
        scoped Span<char> text,
        int index,
        out double value
    )
    {
        var spec = scorer.Features[feature];
        var where = new ValueDecoder.Location(index, null, spec.Name);
        value = 0;
        switch (reader.TokenType)
        {
            case JsonTokenType.Number when spec.Kind == FeatureKind.Number:
                return reader.TryGetDouble(out value)
                    ? ValueDecoder.Number(scorer, feature, where, ref value)
                    : RequestError.Malformed($"{where}: number out of range.").At(index, spec.Name);
            case JsonTokenType.True or JsonTokenType.False when spec.Kind == FeatureKind.Number:
                value = reader.TokenType == JsonTokenType.True ? 1 : 0;
                return null;
            case JsonTokenType.String when spec.Kind != FeatureKind.Number:
                if (reader.ValueSpan.Length > ValueDecoder.MaxTextLength * 3)
                {
                    return RequestError.Invalid($"{where}: value too long.").At(index, spec.Name);
                }

                Span<char> buffer = reader.ValueSpan.Length <= ValueDecoder.MaxTextLength ? text : new char[reader.ValueSpan.Length];
                var length = reader.CopyString(buffer);
                return ValueDecoder.Decode(scorer, feature, buffer[..length], index, null, out value);
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                reader.Skip();
                return RequestError
                    .Malformed(
                        $"{where}: expected {Expected(spec.Kind)}, found a nested {(reader.TokenType == JsonTokenType.EndObject ? "object" : "array")}."
                    )
                    .At(index, spec.Name);
            case JsonTokenType.Null:
                return RequestError.Malformed($"{where}: must not be null.").At(index, spec.Name);
            default:
                return RequestError.Malformed($"{where}: expected {Expected(spec.Kind)}.").At(index, spec.Name);
        }
    }

    private static string Expected(FeatureKind kind) =>
        kind switch
        {
            FeatureKind.Number => "a number",
            FeatureKind.Date => "a date string yyyy-MM-dd",
            _ => "a category string",
        };
}
