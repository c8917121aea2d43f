using AmazonSalesRegression.Numerics;

namespace AmazonSalesRegression.Regression;

public sealed partial record OlsResult
{
    /// <summary>
    /// Heteroscedasticity-consistent inference V = (XᵀX)⁻¹Xᵀdiag(ω)X(XᵀX)⁻¹, computed as U·(Σωᵢqᵢqᵢᵀ)·Uᵀ with
    /// U = S·R⁻¹ and qᵢ the rows of Q₁ (no n×n matrix is formed).
    /// </summary>
    /// <param name="type">HC0 … HC3.</param>
    /// <param name="distribution">
    /// Reference distribution for statistics, p-values and intervals. Default <see cref="ReferenceDistribution.Normal"/>,
    /// statsmodels' choice for robust covariances (<c>use_t=None</c> means t only for the non-robust case);
    /// <see cref="ReferenceDistribution.StudentT"/> with df = n − rank matches R's <c>lmtest::coeftest</c>.
    /// </param>
    /// <param name="level">Coverage of the intervals; default 0.95.</param>
    /// <returns>The robust coefficient table, covariance and Wald test.</returns>
    public RobustInference GetRobustInference(
        HeteroscedasticityConsistentType type,
        ReferenceDistribution distribution = ReferenceDistribution.Normal,
        double level = 0.95
    )
    {
        var weights = RobustWeights(type);
        var meat = Solution.ThinQ().WeightedCrossProduct(weights);
        var covariance = Sandwich(meat);
        var standardErrors = Enumerable.Range(0, Names.Count).Select(j => Math.Sqrt(covariance[j, j])).ToArray();
        var (wald, q) = WaldAllSlopes(covariance);
        return new RobustInference(
            type,
            distribution,
            Table(standardErrors, distribution, level),
            covariance,
            wald,
            q,
            ReferenceTails.FUpper(wald, q, DegreesOfFreedomResidual)
        );
    }

    private double[] RobustWeights(HeteroscedasticityConsistentType type)
    {
        var e = Residuals;
        var weights = new double[Observations];
        var h = type is HeteroscedasticityConsistentType.HC2 or HeteroscedasticityConsistentType.HC3 ? Leverage : default;
        var dfScale = (double)Observations / DegreesOfFreedomResidual;
        for (var i = 0; i < weights.Length; i++)
        {
            var e2 = e[i] * e[i];
            weights[i] = type switch
            {
                HeteroscedasticityConsistentType.HC0 => e2,
                HeteroscedasticityConsistentType.HC1 => e2 * dfScale,
                HeteroscedasticityConsistentType.HC2 => e2 / (1.0 - h[i]),
                HeteroscedasticityConsistentType.HC3 => e2 / ((1.0 - h[i]) * (1.0 - h[i])),
                _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown heteroscedasticity-consistent estimator."),
            };
        }

        return weights;
    }

    private double[,] Sandwich(double[] meat)
    {
        var r = Rank;
        var u = Solution.ScaledInverse;
        var left = new DoubleDouble[r * r];
        for (var a = 0; a < r; a++)
        {
            for (var c = 0; c < r; c++)
            {
                var s = DoubleDouble.Zero;
                for (var k = a; k < r; k++)
                {
                    s += u[a + k * r] * meat[k + c * r];
                }

                left[a + c * r] = s;
            }
        }

        var p = Names.Count;
        var result = new double[p, p];
        for (var a = 0; a < p; a++)
        {
            for (var c = 0; c < p; c++)
            {
                result[a, c] = double.NaN;
            }
        }

        for (var a = 0; a < r; a++)
        {
            for (var c = 0; c < r; c++)
            {
                var s = DoubleDouble.Zero;
                for (var k = c; k < r; k++)
                {
                    s += left[a + k * r] * u[c + k * r];
                }

                result[Solution.Kept[a], Solution.Kept[c]] = s.ToDouble();
            }
        }

        return result;
    }

    private (double Statistic, int Restrictions) WaldAllSlopes(double[,] covariance) =>
        RobustWald.AllSlopes(covariance, Solution.Kept, Solution.Coefficients.AsSpan(), HasIntercept);
}
