using AmazonSalesRegression.Regression;

namespace AmazonSalesRegression.Teaching;

/// <summary>
/// Bias–variance demonstration on simulated data with a known truth: y = sin(πx) + ε, x ~ U(−1, 1),
/// ε ~ N(0, σ²). Polynomials of increasing degree are fitted by OLS to one training sample; training error falls
/// with the degree while the test error first falls (less bias) and then rises (more variance).
/// </summary>
// References:
//   Hastie, T., Tibshirani, R. & Friedman, J. (2009). The Elements of Statistical Learning, 2nd ed., sections 2.9 and 7.3.
public static class BiasVarianceDemo
{
    /// <summary>Simulates one training and one test sample and fits each degree.</summary>
    /// <param name="seed">Seed of the simulation (<see cref="Random"/>, Box–Muller normals).</param>
    /// <param name="trainSize">Training rows (more than the largest degree + 1).</param>
    /// <param name="testSize">Test rows.</param>
    /// <param name="degrees">Polynomial degrees ≥ 1.</param>
    /// <param name="noiseSd">Noise standard deviation σ ≥ 0.</param>
    /// <returns>One point per degree.</returns>
    public static IReadOnlyList<BiasVariancePoint> Run(int seed, int trainSize, int testSize, IReadOnlyList<int> degrees, double noiseSd)
    {
        ArgumentNullException.ThrowIfNull(degrees);
        if (degrees.Count == 0 || degrees.Any(d => d < 1 || d + 1 >= trainSize) || testSize < 1 || !(noiseSd >= 0))
        {
            throw new ArgumentOutOfRangeException(
                nameof(degrees),
                "Need degrees ≥ 1 with degree + 1 < training rows, test rows ≥ 1 and σ ≥ 0."
            );
        }

        var random = new Random(seed);
        var (trainX, trainY) = Sample(random, trainSize, noiseSd);
        var (testX, testY) = Sample(random, testSize, noiseSd);
        return degrees
            .Select(d =>
            {
                var fit = Ols.Fit(Powers(trainX, d), trainY);
                var beta = fit.Coefficients.Select(c => c.Estimate).ToArray();
                var trainHat = trainX.Select(x => Polynomial(beta, x)).ToArray();
                var testHat = testX.Select(x => Polynomial(beta, x)).ToArray();
                return new BiasVariancePoint(d, Mse(trainY, trainHat), Mse(testY, testHat), Mse(testX.Select(Truth).ToArray(), testHat));
            })
            .ToArray();
    }

    /// <summary>The true regression function sin(πx).</summary>
    /// <param name="x">Input.</param>
    /// <returns>E[y | x].</returns>
    public static double Truth(double x) => Math.Sin(Math.PI * x);

    private static (double[] X, double[] Y) Sample(Random random, int n, double noiseSd)
    {
        var x = new double[n];
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = 2 * random.NextDouble() - 1;
            var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            y[i] = Truth(x[i]) + noiseSd * normal;
        }

        return (x, y);
    }

    private static DesignMatrix Powers(double[] x, int degree) =>
        DesignMatrix.FromColumns(
            Enumerable.Range(1, degree).Select(d => $"x^{d}").ToArray(),
            Enumerable.Range(1, degree).Select(d => x.Select(v => Math.Pow(v, d)).ToArray()).ToArray()
        );

    private static double Polynomial(double[] beta, double x)
    {
        var value = 0.0;
        for (var d = beta.Length - 1; d >= 0; d--)
        {
            value = value * x + beta[d];
        }

        return value;
    }

    private static double Mse(double[] a, double[] b) => a.Zip(b, (u, v) => (u - v) * (u - v)).Average();
}
