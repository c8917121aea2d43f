using AmazonSalesRegression.Regression;

namespace AmazonSalesRegression.Resampling;

/// <summary>
/// OLS as a learner for <see cref="LearningCurve.Compute"/>: fits a design (an intercept is added) and returns the
/// function that predicts other rows of the same columns. Columns that are aliased in a small training set (e.g. the
/// indicator of a month it never saw) get no coefficient and contribute nothing to the prediction.
/// </summary>
public static class OlsLearner
{
    /// <summary>Fits <paramref name="x"/> and <paramref name="y"/> by OLS with an intercept.</summary>
    /// <param name="x">Predictors without an intercept column.</param>
    /// <param name="y">Response.</param>
    /// <returns>A function giving the fitted mean xᵀb for each row of a design with the same columns.</returns>
    public static Func<DesignMatrix, double[]> Fit(DesignMatrix x, double[] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        var fit = Ols.Fit(x, y);
        var beta = fit.Coefficients.Select(c => double.IsNaN(c.Estimate) ? 0.0 : c.Estimate).ToArray();
        return design =>
        {
            ArgumentNullException.ThrowIfNull(design);
            if (design.ColumnCount != beta.Length - 1)
            {
                throw new ArgumentException($"Expected {beta.Length - 1} predictor columns; got {design.ColumnCount}.", nameof(design));
            }

            var result = Enumerable.Repeat(beta[0], design.Rows).ToArray();
            for (var j = 0; j < design.ColumnCount; j++)
            {
                var column = design.Column(j);
                for (var i = 0; i < result.Length; i++)
                {
                    result[i] += beta[j + 1] * column[i];
                }
            }

            return result;
        };
    }
}
