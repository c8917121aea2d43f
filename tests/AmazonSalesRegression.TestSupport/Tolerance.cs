namespace AmazonSalesRegression.TestSupport;

/// <summary>
/// The one closeness assertion of the test suite, in significant digits as the NIST StRD certifications state
/// accuracy: <c>digits</c> = −log₁₀ of the error relative to max(|expected|, <c>scale</c>) (absolute error where that is 0).
/// A <c>scale</c> measures values that are differences of larger numbers (centred columns, near-zero coefficients)
/// against the magnitude they come from.
/// </summary>
public static class Tolerance
{
    /// <summary>Asserts that <paramref name="actual"/> agrees with <paramref name="expected"/> to <paramref name="digits"/> significant digits.</summary>
    /// <param name="expected">The reference value.</param>
    /// <param name="actual">The computed value.</param>
    /// <param name="digits">Significant digits required, e.g. 9 for a relative error ≤ 1e-9.</param>
    /// <param name="what">What is compared, for the failure message.</param>
    /// <param name="scale">The magnitude below which the error is measured absolutely scaled by it; 0 for purely relative.</param>
    public static void AssertDigits(double expected, double actual, double digits, string what = "value", double scale = 0)
    {
        if (expected.Equals(actual))
        {
            return; // equal, including both NaN or the same infinity
        }

        var magnitude = Math.Max(Math.Abs(expected), scale);
        var error = magnitude == 0 ? Math.Abs(actual) : Math.Abs(actual - expected) / magnitude;
        Xunit.Assert.True(
            error <= Math.Pow(10, -digits),
            $"{what}: expected {expected:R}, got {actual:R} (relative error {error:E2}, needs ≤ 1e-{digits})"
        );
    }

    /// <summary>Asserts element-wise agreement to <paramref name="digits"/> significant digits, and equal lengths.</summary>
    /// <param name="expected">The reference values.</param>
    /// <param name="actual">The computed values.</param>
    /// <param name="digits">Significant digits required.</param>
    /// <param name="what">What is compared, for the failure message.</param>
    /// <param name="scale">As for a single value.</param>
    public static void AssertDigits(
        IReadOnlyList<double> expected,
        IReadOnlyList<double> actual,
        double digits,
        string what = "values",
        double scale = 0
    )
    {
        Xunit.Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            AssertDigits(expected[i], actual[i], digits, $"{what}[{i}]", scale);
        }
    }
}
