using System.Globalization;

namespace AmazonSalesRegression.Teaching;

/// <summary>
/// Self-check cells: a notebook states what a result must satisfy right after computing it. A passing check prints one
/// compact line starting with <c>✔</c> that shows the value to the precision the check demands (for example
/// <c>✔ total ROAS = 41.247, expected 41.2 ± 0.05</c>); a failing one throws <see cref="SelfCheckFailedException"/>
/// with a message that says what was expected and what was found, so a run-all stops at the first wrong result instead
/// of carrying it along.
/// </summary>
public static partial class SelfCheck
{
    /// <summary>Relative tolerances at or below this make <see cref="Near"/> an identity check (printed to 7 significant digits).</summary>
    private const double IdentityTolerance = 1e-6;

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

    /// <summary>
    /// Passes when <paramref name="value"/> lies in [<paramref name="lower"/>, <paramref name="upper"/>]; prints the
    /// value with two more decimals than the interval's width needs, e.g. <c>✔ holdout R² = 0.823, within [0.8, 0.9]</c>.
    /// </summary>
    /// <param name="value">The computed value.</param>
    /// <param name="lower">The smallest acceptable value.</param>
    /// <param name="upper">The largest acceptable value.</param>
    /// <param name="what">What the value is, e.g. <c>"holdout R²"</c>.</param>
    /// <exception cref="SelfCheckFailedException">The value is outside the interval or not a number.</exception>
    public static void Between(double value, double lower, double upper, string what) =>
        Console.WriteLine(BetweenLine(value, lower, upper, what));

    /// <summary>
    /// Passes when <paramref name="value"/> is within <paramref name="tolerance"/> of <paramref name="expected"/>; prints
    /// the value one decimal finer than the tolerance, e.g. <c>✔ slope = -2.772, expected -2.77 ± 0.005</c>, or, when the
    /// tolerance is at most a millionth of the expected value (an identity up to rounding), to seven significant digits,
    /// e.g. <c>✔ weekly totals add up = 1,434,811, as expected (± 0.5)</c>.
    /// </summary>
    /// <param name="value">The computed value.</param>
    /// <param name="expected">The value it should be close to, e.g. the generator's true parameter.</param>
    /// <param name="tolerance">The largest acceptable absolute difference.</param>
    /// <param name="what">What the value is.</param>
    /// <exception cref="SelfCheckFailedException">The difference exceeds the tolerance, or the value is not a number.</exception>
    public static void Near(double value, double expected, double tolerance, string what) =>
        Console.WriteLine(NearLine(value, expected, tolerance, what));

    /// <summary>The line <see cref="Between"/> prints, or the failure it throws.</summary>
    internal static string BetweenLine(double value, double lower, double upper, string what)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(what);
        var decimals = DecimalsFor(upper - lower) + 1;
        var range = $"[{Trimmed(lower, decimals)}, {Trimmed(upper, decimals)}]";
        if (!(value >= lower && value <= upper))
        {
            throw new SelfCheckFailedException($"Self-check failed: expected {what} in {range}, found {Found(value)}.");
        }

        var shown = value == Math.Round(value) ? Trimmed(value, 0) : Fixed(value, decimals + 1);
        return $"✔ {what} = {shown}, within {range}";
    }

    /// <summary>The line <see cref="Near"/> prints, or the failure it throws.</summary>
    internal static string NearLine(double value, double expected, double tolerance, string what)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(what);
        var decimals = DecimalsFor(tolerance);
        var target = $"{Trimmed(expected, decimals)} ± {Short(tolerance)}";
        if (!(Math.Abs(value - expected) <= tolerance))
        {
            throw new SelfCheckFailedException($"Self-check failed: expected {what} = {target}, found {Found(value)}.");
        }

        return tolerance <= IdentityTolerance * Math.Abs(expected)
            ? $"✔ {what} = {Significant(value, 7)}, as expected (± {Short(tolerance)})"
            : $"✔ {what} = {Fixed(value, decimals + 1)}, expected {target}";
    }

    private static string Found(double value) => value.ToString("G10", CultureInfo.InvariantCulture);
}
