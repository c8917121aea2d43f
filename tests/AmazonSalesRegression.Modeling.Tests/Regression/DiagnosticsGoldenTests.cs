using AmazonSalesRegression.Regression.Diagnostics;

namespace AmazonSalesRegression.Modeling.Tests.Regression;

/// <summary>Residual diagnostics agree with statsmodels on the golden data sets, given statsmodels' own residuals and leverages.</summary>
public sealed class DiagnosticsGoldenTests
{
    public static TheoryData<string> Names() => new(OlsGolden.Names);

    [Theory]
    [MemberData(nameof(Names))]
    public void Durbin_Watson_Jarque_Bera_and_omnibus_match_statsmodels_to_12_digits(string name)
    {
        // Given statsmodels' residuals of a golden fit
        var golden = OlsGolden.Case(name);
        var residuals = golden.Numbers("resid");

        // When the residual tests are computed
        var jb = NormalityTests.JarqueBera(residuals);
        var omnibus = NormalityTests.Omnibus(residuals);
        var moments = ResidualMoments.Of(residuals);

        // Then they agree with statsmodels
        Tolerance.AssertDigits(golden.Number("durbin_watson"), SerialCorrelation.DurbinWatson(residuals), 12, "Durbin-Watson");
        Tolerance.AssertDigits(golden.Number("jarque_bera"), jb.Statistic, 12, "Jarque-Bera");
        Tolerance.AssertDigits(golden.Number("jarque_bera_p"), jb.PValue, 9, "Jarque-Bera p");
        Tolerance.AssertDigits(golden.Number("skew"), moments.Skewness, 12, "skewness");
        Tolerance.AssertDigits(golden.Number("kurtosis"), moments.Kurtosis, 12, "kurtosis");
        Tolerance.AssertDigits(golden.Number("omnibus"), omnibus.Statistic, 11, "omnibus");
        Tolerance.AssertDigits(golden.Number("omnibus_p"), omnibus.PValue, 9, "omnibus p");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Studentized_residuals_and_Cooks_distance_match_statsmodels_in_closed_form(string name)
    {
        // Given statsmodels' residuals, leverages and scale
        var golden = OlsGolden.Case(name);
        var rank = golden.GetProperty("columns").GetArrayLength();

        // When the influence measures are computed without refits
        var influence = InfluenceMeasures.Compute(
            golden.Numbers("resid"),
            golden.Numbers("leverage"),
            golden.Number("resid_std_err"),
            rank
        );

        // Then they agree with statsmodels' leave-one-out definitions
        Tolerance.AssertDigits(golden.Numbers("student_internal"), influence.StudentizedInternal, 11, "internally studentized");
        Tolerance.AssertDigits(golden.Numbers("student_external"), influence.StudentizedExternal, 11, "externally studentized");
        Tolerance.AssertDigits(golden.Numbers("cooks_distance"), influence.CooksDistance, 11, "Cook's distance");
    }

    [Theory]
    [InlineData("hetero")]
    [InlineData("collinear")]
    [InlineData("demand")]
    public void Variance_inflation_factors_match_statsmodels_auxiliary_regressions(string name)
    {
        // Given a golden data set with an intercept
        var golden = OlsGolden.Case(name);
        var (_, columns) = OlsGolden.Data(name);

        // When the VIFs of the predictors are computed
        var vif = VarianceInflation.Columns(columns.Skip(1).ToArray());

        // Then they agree with statsmodels' variance_inflation_factor
        var expected = golden.GetProperty("vif").EnumerateObject().Select(p => p.Value.GetDouble()).ToArray();
        Tolerance.AssertDigits(expected, vif, 10, "VIF");
    }

    [Fact]
    public void Nested_F_test_matches_statsmodels_compare_f_test()
    {
        // Given the full and restricted fits of the collinear data set (restricted drops the last column)
        var golden = OlsGolden.Case("collinear");
        var expected = golden.Numbers("nested_f_drop_last");
        var fullRss = golden.Number("ssr");
        var fullDf = golden.Number("df_resid");

        // When the F statistic is recomputed from statsmodels' F (consistency of the formula both ways)
        var restrictedRss = fullRss * (1 + (expected[0] * expected[2] / fullDf));
        var test = NestedModelTest.Compare(restrictedRss, fullDf + expected[2], fullRss, fullDf);

        // Then statistic and p-value agree
        Tolerance.AssertDigits(expected[0], test.Statistic, 12, "F");
        Tolerance.AssertDigits(expected[1], test.PValue, 9, "p");
    }

    [Fact]
    public void Swapped_models_in_the_nested_F_test_are_a_clear_error()
    {
        // Given a "restricted" model with fewer residual degrees of freedom than the full one
        // When the test is asked for
        var error = Assert.Throws<ArgumentException>(() => NestedModelTest.Compare(10, 5, 8, 6));

        // Then the message says what is wrong
        Assert.Contains("swapped or not nested", error.Message);
    }
}
