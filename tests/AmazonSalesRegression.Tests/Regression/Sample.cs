namespace AmazonSalesRegression.Tests.Regression;

/// <summary>Deterministic test data and a significant-digit assertion.</summary>
internal static class Sample
{
    public static double[] Uniform(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => random.NextDouble() * 2.0 - 1.0).ToArray();
    }

    /// <summary>Asserts that <paramref name="actual"/> agrees with <paramref name="expected"/> to at least <paramref name="digits"/> significant digits.</summary>
    public static void AssertDigits(double expected, double actual, double digits)
    {
        var scale = Math.Max(Math.Abs(expected), double.Epsilon);
        var relative = Math.Abs(actual - expected) / scale;
        Assert.True(
            relative <= Math.Pow(10, -digits),
            $"expected {expected:R}, got {actual:R}: relative error {relative:E2} exceeds 1e-{digits}"
        );
    }
}
