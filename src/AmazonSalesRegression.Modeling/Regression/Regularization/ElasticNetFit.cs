namespace AmazonSalesRegression.Regression.Regularization;

/// <summary>An elastic-net fit at one λ, coefficients on the original scale of the predictors.</summary>
/// <param name="Names">Predictor names, in column order.</param>
/// <param name="L1Ratio">The mixing parameter α (<see cref="ElasticNetOptions.L1Ratio"/>).</param>
/// <param name="Lambda">The penalty λ.</param>
/// <param name="Intercept">The intercept (0 when none was fitted).</param>
/// <param name="Coefficients">The slopes, one per predictor.</param>
/// <param name="DevianceRatio">The fraction of the null deviance explained.</param>
public sealed record ElasticNetFit(
    IReadOnlyList<string> Names,
    double L1Ratio,
    double Lambda,
    double Intercept,
    IReadOnlyList<double> Coefficients,
    double DevianceRatio
)
{
    /// <summary>The number of non-zero slopes.</summary>
    public int NonZero => Coefficients.Count(b => b != 0.0);

    /// <summary>Predictions for the rows of <paramref name="x"/>: intercept + Σ_j β_j·x_j.</summary>
    /// <param name="x">Predictors in the same column order (no intercept column).</param>
    /// <returns>ŷ for each row.</returns>
    /// <exception cref="ArgumentException">The column count differs from the fit's.</exception>
    public double[] Predict(DesignMatrix x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.ColumnCount != Coefficients.Count)
        {
            throw new ArgumentException($"The design has {x.ColumnCount} columns; the fit has {Coefficients.Count} predictors.", nameof(x));
        }

        var yHat = new double[x.Rows];
        Array.Fill(yHat, Intercept);
        for (var j = 0; j < Coefficients.Count; j++)
        {
            var b = Coefficients[j];
            if (b == 0.0)
            {
                continue;
            }

            var column = x.Column(j);
            for (var i = 0; i < yHat.Length; i++)
            {
                yHat[i] += b * column[i];
            }
        }

        return yHat;
    }
}
