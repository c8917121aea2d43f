using System.Globalization;

namespace AmazonSalesRegression.Teaching;

/// <summary>
/// Self-check cells: a notebook states what a result must satisfy right after computing it. A passing check prints one
/// line starting with <c>✔</c>; a failing one throws <see cref="SelfCheckFailedException"/> with a message that says
/// what was expected and what was found, so a run-all stops at the first wrong result instead of carrying it along.
/// </summary>
public static class SelfCheck
{
    /// <summary>Passes when <paramref name="condition"/> holds.</summary>
    /// <param name="condition">The property that must hold.</param>
    /// <param name="claim">What the property means, e.g. <c>"the target is units_sold"</c>.</param>
    /// <exception cref="SelfCheckFailedException">The condition does not hold.</exception>
    public static void That(bool condition, string claim)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(claim);
        if (!condition)
        {
            throw new SelfCheckFailedException($"Self-check failed: expected {claim}.");
        }

        Console.WriteLine($"✔ {claim}");
    }

    /// <summary>Passes when <paramref name="value"/> lies in [<paramref name="lower"/>, <paramref name="upper"/>].</summary>
    /// <param name="value">The computed value.</param>
    /// <param name="lower">The smallest acceptable value.</param>
    /// <param name="upper">The largest acceptable value.</param>
    /// <param name="what">What the value is, e.g. <c>"holdout R²"</c>.</param>
    /// <exception cref="SelfCheckFailedException">The value is outside the interval or not a number.</exception>
    public static void Between(double value, double lower, double upper, string what)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(what);
        var range = string.Create(CultureInfo.InvariantCulture, $"[{lower:G6}, {upper:G6}]");
        if (!(value >= lower && value <= upper))
        {
            throw new SelfCheckFailedException(
                string.Create(CultureInfo.InvariantCulture, $"Self-check failed: expected {what} in {range}, found {value:G6}.")
            );
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"✔ {what} = {value:G6}, within {range}"));
    }

    /// <summary>Passes when <paramref name="value"/> is within <paramref name="tolerance"/> of <paramref name="expected"/>.</summary>
    /// <param name="value">The computed value.</param>
    /// <param name="expected">The value it should be close to, e.g. the generator's true parameter.</param>
    /// <param name="tolerance">The largest acceptable absolute difference.</param>
    /// <param name="what">What the value is.</param>
    /// <exception cref="SelfCheckFailedException">The difference exceeds the tolerance.</exception>
    public static void Near(double value, double expected, double tolerance, string what) =>
        Between(value, expected - tolerance, expected + tolerance, what);
}
