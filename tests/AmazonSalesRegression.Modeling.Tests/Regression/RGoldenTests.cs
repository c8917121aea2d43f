using System.Text.Json;
using AmazonSalesRegression.Data.Csv;
using AmazonSalesRegression.Regression;
using AmazonSalesRegression.Regression.Diagnostics;

namespace AmazonSalesRegression.Modeling.Tests.Regression;

/// <summary>Agreement with R where R's conventions are the reference: aliased coefficients (NA) and car's GVIF (Golden/make_r_golden.R).</summary>
public sealed class RGoldenTests
{
    private static readonly JsonElement Golden = JsonDocument
        .Parse(File.ReadAllText(Path.Combine(OlsGolden.Folder, "r_golden.json")))
        .RootElement;

    [Fact]
    public void The_exactly_collinear_price_trio_aliases_discount_like_Rs_NA()
    {
        // Given list price, selling price = list − discount, discount and ads
        var data = Load();
        var expected = Golden.GetProperty("aliased");

        // When all four are fitted
        var fit = Ols.Fit("y ~ list_price + selling_price + discount + ads", data);

        // Then discount is aliased, as in R, and the other estimates agree with R's lm to 10 digits
        Assert.Equal(["discount"], fit.AliasedColumns);
        var estimable = fit.Coefficients.Where(c => !c.IsAliased).ToArray();
        var rEstimates = expected
            .GetProperty("estimates")
            .EnumerateArray()
            .Where(v => v.ValueKind == JsonValueKind.Number)
            .Select(v => v.GetDouble())
            .ToArray();
        Tolerance.AssertDigits(rEstimates, estimable.Select(c => c.Estimate).ToArray(), 10, "estimate");
        Tolerance.AssertDigits(expected.Numbers("std_errors"), estimable.Select(c => c.StandardError).ToArray(), 10, "std error");
        Assert.True(double.IsNaN(fit.Coefficients.Single(c => c.Name == "discount").Estimate));
        Tolerance.AssertDigits(expected.Number("sigma"), fit.ResidualStandardError, 11, "sigma");
        Tolerance.AssertDigits(expected.Number("r_squared"), fit.RSquared, 11, "R²");
        Assert.Equal(expected.Number("df_residual"), fit.DegreesOfFreedomResidual);
        Tolerance.AssertDigits(expected.Number("aic"), fit.AicR, 11, "AIC (R)");
        Tolerance.AssertDigits(expected.Number("bic"), fit.BicR, 11, "BIC (R)");
    }

    [Fact]
    public void Generalized_VIF_of_a_factor_matches_cars_vif()
    {
        // Given a model with a three-level factor and two numeric regressors
        var fit = Ols.Fit("y ~ C(category) + selling_price + ads", Load());
        var expected = Golden.GetProperty("gvif");

        // When the GVIF of each term is computed
        var gvif = VarianceInflation.OfTerms(fit);

        // Then GVIF, its degrees of freedom and GVIF^(1/(2 df)) agree with car::vif
        Tolerance.AssertDigits(expected.Numbers("gvif"), gvif.Select(t => t.Gvif).ToArray(), 10, "GVIF");
        Assert.Equal(expected.Numbers("df"), gvif.Select(t => (double)t.Df).ToArray());
        Tolerance.AssertDigits(expected.Numbers("gvif_adjusted"), gvif.Select(t => t.Adjusted).ToArray(), 10, "GVIF^(1/(2 df))");
    }

    [Fact]
    public void VIF_of_an_aliased_column_is_infinite_and_the_others_are_finite()
    {
        // Given the fit with the aliased trio
        var fit = Ols.Fit("y ~ list_price + selling_price + discount + ads", Load());

        // When the VIFs are computed
        var vif = fit.GetVarianceInflation();

        // Then the aliased column is flagged by an infinite VIF, and the kept ones are computed without it
        Assert.True(double.IsPositiveInfinity(vif["discount"]));
        Assert.All(new[] { "list_price", "selling_price", "ads" }, c => Assert.True(double.IsFinite(vif[c]) && vif[c] >= 1, c));
    }

    private static ColumnTable Load() => CsvReader.ReadInferred(Path.Combine(OlsGolden.Folder, "ols_aliased.csv"));
}
