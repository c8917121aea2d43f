using AmazonSalesRegression.Regression;

namespace AmazonSalesRegression.Modeling.Tests.Regression;

/// <summary>A full OLS fit agrees with statsmodels on data with heteroscedasticity, outliers, collinearity, no intercept and autocorrelation.</summary>
public sealed class OlsGoldenTests
{
    public static TheoryData<string> Names() => new(OlsGolden.Names);

    [Theory]
    [MemberData(nameof(Names))]
    public void Coefficient_table_matches_statsmodels_to_10_digits(string name)
    {
        // Given a golden data set and statsmodels' fit of it
        var (golden, fit) = FitGolden(name);

        // When the coefficient table is read
        var table = fit.Coefficients;

        // Then estimates, standard errors, t, p and the 95% interval agree
        Tolerance.AssertDigits(golden.Numbers("params"), table.Select(c => c.Estimate).ToArray(), 10, "estimate");
        Tolerance.AssertDigits(golden.Numbers("bse"), table.Select(c => c.StandardError).ToArray(), 10, "std error");
        Tolerance.AssertDigits(golden.Numbers("tvalues"), table.Select(c => c.Statistic).ToArray(), 10, "t");
        Tolerance.AssertDigits(golden.Numbers("pvalues"), table.Select(c => c.PValue).ToArray(), 8, "p");
        Tolerance.AssertDigits(golden.Numbers("conf_int_lower"), table.Select(c => c.ConfidenceLower).ToArray(), 10, "CI lower");
        Tolerance.AssertDigits(golden.Numbers("conf_int_upper"), table.Select(c => c.ConfidenceUpper).ToArray(), 10, "CI upper");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Model_statistics_match_statsmodels_with_both_information_criterion_conventions(string name)
    {
        // Given a golden fit
        var (golden, fit) = FitGolden(name);

        // When the model statistics are read
        // Then R², F, likelihood and both AIC/BIC conventions agree
        Tolerance.AssertDigits(golden.Number("rsquared"), fit.RSquared, 11, "R²");
        Tolerance.AssertDigits(golden.Number("rsquared_adj"), fit.AdjustedRSquared, 11, "adjusted R²");
        Tolerance.AssertDigits(golden.Number("resid_std_err"), fit.ResidualStandardError, 11, "residual standard error");
        Assert.Equal(golden.Number("df_resid"), fit.DegreesOfFreedomResidual);
        Assert.Equal(golden.Number("df_model"), fit.DegreesOfFreedomModel);
        Tolerance.AssertDigits(golden.Number("fvalue"), fit.FStatistic, 10, "F");
        Tolerance.AssertDigits(golden.Number("f_pvalue"), fit.FPValue, 8, "F p-value");
        Tolerance.AssertDigits(golden.Number("llf"), fit.LogLikelihood, 11, "log-likelihood");
        Tolerance.AssertDigits(golden.Number("aic"), fit.Aic, 11, "AIC (statsmodels)");
        Tolerance.AssertDigits(golden.Number("bic"), fit.Bic, 11, "BIC (statsmodels)");
        Tolerance.AssertDigits(golden.Number("aic_r"), fit.AicR, 11, "AIC (R)");
        Tolerance.AssertDigits(golden.Number("bic_r"), fit.BicR, 11, "BIC (R)");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Residual_diagnostics_and_condition_number_match_statsmodels(string name)
    {
        // Given a golden fit
        var (golden, fit) = FitGolden(name);

        // When its residual diagnostics are computed
        var diagnostics = fit.GetResidualDiagnostics();

        // Then they agree with statsmodels' summary
        Tolerance.AssertDigits(golden.Number("durbin_watson"), diagnostics.DurbinWatson, 10, "Durbin-Watson");
        Tolerance.AssertDigits(golden.Number("jarque_bera"), diagnostics.JarqueBera.Statistic, 9, "Jarque-Bera");
        Tolerance.AssertDigits(golden.Number("omnibus"), diagnostics.Omnibus.Statistic, 9, "omnibus");
        Tolerance.AssertDigits(golden.Number("condition_number"), diagnostics.ConditionNumber, 8, "condition number");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Robust_standard_errors_HC0_to_HC3_match_statsmodels(string name)
    {
        // Given a golden fit
        var (golden, fit) = FitGolden(name);
        var hc = golden.GetProperty("hc");

        // When each heteroscedasticity-consistent covariance is used
        foreach (var type in Enum.GetValues<HeteroscedasticityConsistentType>())
        {
            var robust = fit.GetRobustInference(type);

            // Then its standard errors agree
            Tolerance.AssertDigits(
                hc.Numbers(type.ToString()),
                robust.Coefficients.Select(c => c.StandardError).ToArray(),
                10,
                type.ToString()
            );
        }

        // And the reference distribution changes the p-values as statsmodels' use_t does
        Tolerance.AssertDigits(
            golden.Numbers("hc3_pvalues_normal"),
            fit.GetRobustInference(HeteroscedasticityConsistentType.HC3).Coefficients.Select(c => c.PValue).ToArray(),
            8,
            "HC3 p (normal)"
        );
        Tolerance.AssertDigits(
            golden.Numbers("hc3_pvalues_t"),
            fit.GetRobustInference(HeteroscedasticityConsistentType.HC3, ReferenceDistribution.StudentT)
                .Coefficients.Select(c => c.PValue)
                .ToArray(),
            8,
            "HC3 p (t)"
        );
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Influence_measures_match_statsmodels(string name)
    {
        // Given a golden fit
        var (golden, fit) = FitGolden(name);

        // When the influence of every observation is computed
        var influence = fit.GetInfluence();

        // Then leverage, studentized residuals and Cook's distance agree
        Tolerance.AssertDigits(golden.Numbers("leverage"), influence.Leverage, 10, "leverage");
        Tolerance.AssertDigits(golden.Numbers("student_external"), influence.StudentizedExternal, 9, "externally studentized");
        Tolerance.AssertDigits(golden.Numbers("cooks_distance"), influence.CooksDistance, 9, "Cook's distance");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Confidence_and_prediction_intervals_for_new_points_match_statsmodels(string name)
    {
        // Given a golden fit and three new points
        var (golden, fit) = FitGolden(name);
        var expected = golden.GetProperty("prediction");
        var points = expected
            .GetProperty("x")
            .EnumerateArray()
            .Select(p => p.EnumerateArray().Select(v => v.GetDouble()).ToArray())
            .ToList();

        // When the fit predicts at them (without the intercept's 1)
        var predictions = points.Select(p => fit.Predict(fit.HasIntercept ? p.AsSpan(1) : p)).ToList();

        // Then means, standard errors and both intervals agree; the prediction interval to 9 digits only, because scipy's
        // t.ppf that statsmodels uses is itself off by ~6e-10 (t(58) 97.5%: 2.0017174830 vs 2.0017174841, see ReferenceTailsTests)
        Tolerance.AssertDigits(expected.Numbers("mean"), predictions.Select(p => p.Mean).ToArray(), 10, "mean");
        Tolerance.AssertDigits(expected.Numbers("mean_se"), predictions.Select(p => p.MeanStandardError).ToArray(), 10, "mean se");
        Tolerance.AssertDigits(expected.Numbers("mean_ci_lower"), predictions.Select(p => p.MeanLower).ToArray(), 10, "mean CI lower");
        Tolerance.AssertDigits(
            expected.Numbers("obs_ci_upper"),
            predictions.Select(p => p.ObservationUpper).ToArray(),
            9,
            "prediction interval upper"
        );
        Tolerance.AssertDigits(
            expected.Numbers("obs_ci_lower"),
            predictions.Select(p => p.ObservationLower).ToArray(),
            9,
            "prediction interval lower"
        );
    }

    [Theory]
    [InlineData("hetero")]
    [InlineData("collinear")]
    [InlineData("demand")]
    public void VIF_Breusch_Pagan_and_nested_F_match_statsmodels(string name)
    {
        // Given a golden fit with an intercept, and the fit without its last column
        var (golden, fit) = FitGolden(name);
        var (_, restricted) = FitGolden(name, dropLast: true);

        // When the collinearity, heteroscedasticity and nested-model tests are computed
        var vif = fit.GetVarianceInflation();
        var koenker = fit.BreuschPagan();
        var original = fit.BreuschPagan(koenker: false);
        var nested = fit.CompareNested(restricted);

        // Then they agree with statsmodels
        foreach (var column in golden.GetProperty("vif").EnumerateObject())
        {
            Tolerance.AssertDigits(column.Value.GetDouble(), vif[column.Name], 10, $"VIF {column.Name}");
        }

        Tolerance.AssertDigits(golden.Numbers("breusch_pagan_koenker"), [koenker.Statistic, koenker.PValue], 9, "Breusch-Pagan (Koenker)");
        Tolerance.AssertDigits(golden.Numbers("breusch_pagan_original"), [original.Statistic, original.PValue], 9, "Breusch-Pagan");
        Tolerance.AssertDigits(
            golden.Numbers("nested_f_drop_last"),
            [nested.Statistic, nested.PValue, nested.DegreesOfFreedom],
            9,
            "nested F"
        );
    }

    private static (System.Text.Json.JsonElement Golden, OlsResult Fit) FitGolden(string name, bool dropLast = false)
    {
        var golden = OlsGolden.Case(name);
        var (names, columns) = OlsGolden.Data(name);
        var count = names.Length - (dropLast ? 2 : 1);
        var fit = Ols.Fit(
            columns.Skip(1).Take(count).ToArray(),
            columns[0],
            names.Skip(1).Take(count).ToArray(),
            golden.GetProperty("intercept").GetBoolean()
        );
        return (golden, fit);
    }
}
