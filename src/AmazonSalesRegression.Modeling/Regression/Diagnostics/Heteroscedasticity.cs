namespace AmazonSalesRegression.Regression.Diagnostics;

/// <summary>Tests of constant error variance.</summary>
// References:
//   Breusch, T. S. & Pagan, A. R. (1979). A simple test for heteroscedasticity and random coefficient variation. Econometrica 47(5), 1287-1294.
//   Koenker, R. (1981). A note on studentizing a test for heteroscedasticity. Journal of Econometrics 17(1), 107-112.
public static class Heteroscedasticity
{
    /// <summary>
    /// Breusch-Pagan: regress the squared residuals on the model's regressors. Koenker's statistic is n·R² of that
    /// auxiliary regression; the original statistic is half its explained sum of squares after dividing e² by its mean.
    /// Both are referred to χ² with the auxiliary model's degrees of freedom (statsmodels' <c>het_breuschpagan</c>).
    /// </summary>
    /// <param name="fit">A fit with an intercept.</param>
    /// <param name="koenker">Koenker's studentized version (default) or the original.</param>
    public static TestStatistic BreuschPagan(OlsResult fit, bool koenker = true)
    {
        ArgumentNullException.ThrowIfNull(fit);
        if (!fit.HasIntercept)
        {
            throw new InvalidOperationException(
                "The Breusch-Pagan test regresses squared residuals on the regressors with an intercept; the model has none."
            );
        }

        var squared = fit.Residuals.Select(e => e * e).ToArray();
        if (!koenker)
        {
            var mean = squared.Average();
            for (var i = 0; i < squared.Length; i++)
            {
                squared[i] /= mean;
            }
        }

        var auxiliary = Ols.Fit(fit.Solution.Design, squared, intercept: true);
        var statistic = koenker ? fit.Observations * auxiliary.RSquared : auxiliary.ExplainedSumOfSquares / 2;
        var df = auxiliary.DegreesOfFreedomModel;
        return new TestStatistic(
            koenker ? "Breusch-Pagan (Koenker)" : "Breusch-Pagan",
            statistic,
            ReferenceTails.ChiSquaredUpper(statistic, df),
            df
        );
    }
}
