namespace AmazonSalesRegression.Regression.Regularization;

/// <summary>
/// An elastic-net solution path: one fit per λ, coefficients on the original scale of the predictors
/// (glmnet's <c>lambda</c>, <c>a0</c>, <c>beta</c>, <c>df</c> and <c>dev.ratio</c>).
/// </summary>
/// <param name="Names">Predictor names, in column order.</param>
/// <param name="L1Ratio">The mixing parameter α (<see cref="ElasticNetOptions.L1Ratio"/>).</param>
/// <param name="Lambdas">The λ values, decreasing; shorter than requested when the path stopped early.</param>
/// <param name="Intercepts">The intercept at each λ (0 without an intercept).</param>
/// <param name="Coefficients">The slopes at each λ: <c>Coefficients[k][j]</c> is predictor j at λ_k.</param>
/// <param name="NonZero">The number of non-zero slopes at each λ (glmnet's <c>df</c>).</param>
/// <param name="DevianceRatio">The fraction of the null deviance explained at each λ (glmnet's <c>dev.ratio</c>).</param>
public sealed record ElasticNetPath(
    IReadOnlyList<string> Names,
    double L1Ratio,
    IReadOnlyList<double> Lambdas,
    IReadOnlyList<double> Intercepts,
    IReadOnlyList<IReadOnlyList<double>> Coefficients,
    IReadOnlyList<int> NonZero,
    IReadOnlyList<double> DevianceRatio
)
{
    /// <summary>Number of λ values on the path.</summary>
    public int Count => Lambdas.Count;

    /// <summary>The fit at position <paramref name="index"/> of the path.</summary>
    /// <param name="index">Zero-based position.</param>
    /// <returns>The single fit.</returns>
    public ElasticNetFit At(int index) => new(Names, L1Ratio, Lambdas[index], Intercepts[index], Coefficients[index], DevianceRatio[index]);

    /// <summary>Predictions of the fit at position <paramref name="index"/> for the rows of <paramref name="x"/>.</summary>
    /// <param name="x">Predictors in the same column order (no intercept column).</param>
    /// <param name="index">Zero-based position on the path.</param>
    /// <returns>ŷ for each row.</returns>
    public double[] Predict(DesignMatrix x, int index) => At(index).Predict(x);

    /// <summary>
    /// The fit at any λ by linear interpolation in λ between the two neighbouring path values, clamped to the
    /// ends of the path, as glmnet's <c>predict(fit, s = λ)</c> (its <c>lambda.interp</c>) does.
    /// </summary>
    /// <param name="lambda">The penalty λ.</param>
    /// <returns>The interpolated fit (its deviance ratio interpolated likewise).</returns>
    public ElasticNetFit Interpolate(double lambda)
    {
        var last = Count - 1;
        if (Count == 1 || lambda >= Lambdas[0])
        {
            return At(0) with { Lambda = lambda };
        }

        if (lambda <= Lambdas[last])
        {
            return At(last) with { Lambda = lambda };
        }

        var k = 0;
        while (Lambdas[k + 1] > lambda)
        {
            k++;
        }

        var frac = (lambda - Lambdas[k + 1]) / (Lambdas[k] - Lambdas[k + 1]);
        var mix = (Func<double, double, double>)((left, right) => frac * left + (1 - frac) * right);
        var slopes = Coefficients[k].Zip(Coefficients[k + 1], mix).ToArray();
        return new ElasticNetFit(
            Names,
            L1Ratio,
            lambda,
            mix(Intercepts[k], Intercepts[k + 1]),
            slopes,
            mix(DevianceRatio[k], DevianceRatio[k + 1])
        );
    }
}
