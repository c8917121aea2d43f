using System.Globalization;

namespace AmazonSalesRegression.Data.Csv;

/// <summary>
/// The interval a numeric column's values must lie in: from <paramref name="Minimum"/> (inclusive unless
/// <paramref name="MinimumExclusive"/>) up to <paramref name="Maximum"/> (inclusive).
/// </summary>
/// <param name="Minimum">Lower bound.</param>
/// <param name="Maximum">Upper bound, inclusive; <see cref="double.PositiveInfinity"/> for none.</param>
/// <param name="MinimumExclusive">Whether the lower bound itself is excluded (as in <c>price &gt; 0</c>).</param>
public sealed record CsvRange(double Minimum, double Maximum, bool MinimumExclusive = false)
{
    /// <summary>Values strictly greater than zero (prices).</summary>
    public static CsvRange Positive { get; } = new(0, double.PositiveInfinity, MinimumExclusive: true);

    /// <summary>Values greater than or equal to zero (counts, spend).</summary>
    public static CsvRange NonNegative { get; } = new(0, double.PositiveInfinity);

    /// <summary>Values from <paramref name="minimum"/> to <paramref name="maximum"/>, both inclusive.</summary>
    /// <param name="minimum">Inclusive lower bound.</param>
    /// <param name="maximum">Inclusive upper bound.</param>
    public static CsvRange Between(double minimum, double maximum) => new(minimum, maximum);

    /// <summary>Whether <paramref name="value"/> lies in the range (never true for NaN).</summary>
    /// <param name="value">The value to test.</param>
    public bool Contains(double value) => (MinimumExclusive ? value > Minimum : value >= Minimum) && value <= Maximum;

    /// <summary>The range as used in error messages: <c>&gt; 0</c>, <c>&gt;= 0</c> or <c>from 1 to 5</c>.</summary>
    public override string ToString()
    {
        var min = Minimum.ToString(CultureInfo.InvariantCulture);
        if (double.IsPositiveInfinity(Maximum))
        {
            return MinimumExclusive ? $"> {min}" : $">= {min}";
        }

        var max = Maximum.ToString(CultureInfo.InvariantCulture);
        return MinimumExclusive ? $"> {min} and <= {max}" : $"from {min} to {max}";
    }
}
