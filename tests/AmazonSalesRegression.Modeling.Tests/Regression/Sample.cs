namespace AmazonSalesRegression.Modeling.Tests.Regression;

/// <summary>Deterministic test data.</summary>
internal static class Sample
{
    public static double[] Uniform(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => random.NextDouble() * 2.0 - 1.0).ToArray();
    }
}
