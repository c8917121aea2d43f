namespace AmazonSalesRegression.Regression.Diagnostics;

/// <summary>The F test of a restricted model nested in a full one (statsmodels' <c>compare_f_test</c>, R's <c>anova(restricted, full)</c>).</summary>
public static class NestedModelTest
{
    /// <summary>
    /// F = ((RSS_r − RSS_f) / (df_r − df_f)) / (RSS_f / df_f), referred to F(df_r − df_f, df_f).
    /// </summary>
    /// <param name="restrictedRss">Residual sum of squares of the restricted model.</param>
    /// <param name="restrictedDf">Its residual degrees of freedom.</param>
    /// <param name="fullRss">Residual sum of squares of the full model.</param>
    /// <param name="fullDf">Its residual degrees of freedom.</param>
    public static TestStatistic Compare(double restrictedRss, double restrictedDf, double fullRss, double fullDf)
    {
        var dfDifference = restrictedDf - fullDf;
        if (dfDifference <= 0)
        {
            throw new ArgumentException(
                $"The restricted model must have more residual degrees of freedom than the full one ({restrictedDf} vs {fullDf}); are the models swapped or not nested?"
            );
        }

        var f = (restrictedRss - fullRss) / dfDifference / (fullRss / fullDf);
        return new TestStatistic("F (nested models)", f, ReferenceTails.FUpper(f, dfDifference, fullDf), dfDifference, fullDf);
    }
}
