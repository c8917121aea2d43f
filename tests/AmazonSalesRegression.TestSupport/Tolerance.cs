namespace AmazonSalesRegression.TestSupport;

/// <summary>
/// The one closeness assertion of the test suite, in significant digits as the NIST StRD certifications state
/// accuracy: <c>digits</c> = −log₁₀ of the relative error (absolute error where the expected value is 0).
/// </summary>
public static class Tolerance
{
    /// <summary>Asserts that <paramref name="actual"/> agrees with <paramref name="expected"/> to <paramref name="digits"/> significant digits.</summary>
    /// <param name="expected">The reference value.</param>
    /// <param name="actual">The computed value.</param>
    /// <param name="digits">Significant digits required, e.g. 9 for a relative error ≤ 1e-9.</param>
    /// <param name="what">What is compared, for the failure message.</param>
    public static void AssertDigits(double expected, double actual, double digits, string what = "value")
    {
        if (expected.Equals(actual))
        {
            return; // equal, including both NaN or the same infinity
        }

        var error = expected == 0 ? Math.Abs(actual) : Math.Abs(actual - expected) / Math.Abs(expected);
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
    public static void AssertDigits(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double digits, string what = "values")
    {
        Xunit.Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            AssertDigits(expected[i], actual[i], digits, $"{what}[{i}]");
        }
    }
}
