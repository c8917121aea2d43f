using System.Globalization;
using AmazonSalesRegression.Scoring;
using AmazonSalesRegression.Scoring.Artifacts;

namespace AmazonSalesRegression.Api.Requests;

/// <summary>Turns one text value into the scorer's encoding of feature <c>f</c>: a number, a category code or a day number.</summary>
internal static class ValueDecoder
{
    /// <summary>Longest feature name or category accepted (longer ones cannot be known ones).</summary>
    public const int MaxTextLength = 128;

    /// <summary>Decodes <paramref name="text"/> for feature <paramref name="feature"/>, or explains why it cannot.</summary>
    /// <param name="scorer">The model's scorer (feature kinds and categories).</param>
    /// <param name="feature">The feature's index.</param>
    /// <param name="text">The value as text.</param>
    /// <param name="index">The instance's index (0-based), for messages.</param>
    /// <param name="line">The CSV line, or null for JSON, for messages.</param>
    /// <param name="value">The encoded value.</param>
    public static RequestError? Decode(DemandScorer scorer, int feature, ReadOnlySpan<char> text, int index, int? line, out double value)
    {
        var spec = scorer.Features[feature];
        var where = new Location(index, line, spec.Name);
        switch (spec.Kind)
        {
            case FeatureKind.Number:
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
                {
                    return Number(scorer, feature, where, ref value);
                }

                return RequestError.Malformed($"{where}: expected a finite number for '{spec.Name}'.").At(index, spec.Name);
            case FeatureKind.Date:
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    value = date.DayNumber;
                    return null;
                }

                value = 0;
                return RequestError.Malformed($"{where}: expected a date yyyy-MM-dd for '{spec.Name}'.").At(index, spec.Name);
            default:
                if (scorer.TryEncodeCategory(feature, text, out value))
                {
                    return null;
                }

                return RequestError
                    .Invalid(
                        $"{where}: unknown category '{Shorten(text)}' for '{spec.Name}'; GET /version lists the {spec.Categories.Count} allowed values."
                    )
                    .At(index, spec.Name);
        }
    }

    /// <summary>How far a 0/1 flag may be from 0 or 1 (rounding in the client's arithmetic); it is then read as exactly 0 or 1.</summary>
    public const double FlagTolerance = 1e-6;

    /// <summary>
    /// Checks a number already read for number feature <paramref name="feature"/>: it must be finite (else 400), and a
    /// 0/1 flag (<see cref="DemandScorer.IsFlag"/>) must be within <see cref="FlagTolerance"/> of 0 or 1 (else 422);
    /// such a flag is snapped to exactly 0 or 1.
    /// </summary>
    public static RequestError? Number(DemandScorer scorer, int feature, Location where, ref double value)
    {
        if (!double.IsFinite(value))
        {
            return RequestError.Malformed($"{where}: expected a finite number for '{where.Feature}'.").At(where.Index, where.Feature);
        }

        if (!scorer.IsFlag(feature))
        {
            return null;
        }

        var flag = Math.Round(value);
        if (flag is 0 or 1 && Math.Abs(value - flag) <= FlagTolerance)
        {
            value = flag;
            return null;
        }

        return RequestError
            .Invalid($"{where}: '{where.Feature}' is a 0/1 flag; {value.ToString("R", CultureInfo.InvariantCulture)} is neither 0 nor 1.")
            .At(where.Index, where.Feature);
    }

    /// <summary>Where a value sits (instance index, CSV line or null for JSON, feature), formatted only when a message needs it.</summary>
    public readonly record struct Location(int Index, int? Line, string Feature)
    {
        public override string ToString() => Line is { } l ? $"line {l}, column {Feature}" : $"instances[{Index}].{Feature}";
    }

    /// <summary>The text, cut to 40 characters for messages.</summary>
    public static string Shorten(ReadOnlySpan<char> text) => text.Length <= 40 ? text.ToString() : string.Concat(text[..40], "…");
}
