using System.Text.Json;
using AmazonSalesRegression.Features.Formulas;
using AmazonSalesRegression.Features.Tabular;
using AmazonSalesRegression.Regression;

namespace AmazonSalesRegression.Modeling.Tests.Regression;

/// <summary>Polynomial fits written with I(x**2) or poly(x, d) and their fitted curves against R's lm, poly and predict (Golden/make_polynomial_golden.R).</summary>
public sealed class PolynomialFitGoldenTests
{
    private const double Digits = 7;

    private static readonly JsonElement Root = JsonDocument
        .Parse(File.ReadAllText(Path.Combine(OlsGolden.Folder, "polynomial_golden.json")))
        .RootElement;

    private static TabularData Data()
    {
        var data = Root.GetProperty("data");
        return new TabularData("poly.csv", data.GetProperty("y").GetArrayLength())
            .Add("y", data.Numbers("y"))
            .Add("x", data.Numbers("x"))
            .Add("promo", data.Numbers("promo"));
    }

    [Theory]
    [InlineData("y ~ x + I(x**2) + I(x**3) + promo")]
    [InlineData("y ~ x + I(x^2) + I(x^3) + promo")]
    public void A_cubic_written_with_I_matches_R_lm_coefficients_and_standard_errors(string formula)
    {
        // Given
        var data = Data();

        // When
        var fit = Ols.Fit(formula, data);

        // Then
        Tolerance.AssertDigits(Root.Numbers("estimate"), fit.Coefficients.Select(c => c.Estimate).ToArray(), Digits, "estimate");
        Tolerance.AssertDigits(Root.Numbers("std_error"), fit.Coefficients.Select(c => c.StandardError).ToArray(), Digits, "se");
    }

    [Fact]
    public void The_fitted_curve_over_a_grid_with_promo_held_matches_R_predict_intervals()
    {
        // Given
        var fit = Ols.Fit("y ~ x + I(x**2) + I(x**3) + promo", Data());
        var grid = Root.Numbers("grid");

        // When
        var curve = fit.PredictCurve("x", grid, new Dictionary<string, object> { ["promo"] = 1.0 }, level: 0.9);

        // Then
        Assert.Equal("x", curve.Column);
        Assert.Equal(grid, curve.Grid);
        var points = curve.Points;
        Tolerance.AssertDigits(Root.Numbers("fit"), points.Select(p => p.Mean).ToArray(), Digits, "fit");
        Tolerance.AssertDigits(Root.Numbers("mean_lower"), points.Select(p => p.MeanLower).ToArray(), Digits, "mean lower");
        Tolerance.AssertDigits(Root.Numbers("mean_upper"), points.Select(p => p.MeanUpper).ToArray(), Digits, "mean upper");
        Tolerance.AssertDigits(Root.Numbers("obs_lower"), points.Select(p => p.ObservationLower).ToArray(), Digits, "obs lower");
        Tolerance.AssertDigits(Root.Numbers("obs_upper"), points.Select(p => p.ObservationUpper).ToArray(), Digits, "obs upper");
    }

    [Fact]
    public void Orthogonal_polynomials_from_poly_match_R_poly_coefficients_names_and_predictions()
    {
        // Given
        var data = Data();

        // When
        var fit = Ols.Fit("y ~ poly(x, 3) + promo", data);
        var curve = fit.PredictCurve("x", Root.Numbers("grid"), new Dictionary<string, object> { ["promo"] = 1.0 });

        // Then: R names the intercept (Intercept); the library, like statsmodels, Intercept
        var names = Root.GetProperty("poly_names").EnumerateArray().Select(v => v.GetString()!).Skip(1);
        Assert.Equal(names, fit.Names.Skip(1));
        Tolerance.AssertDigits(Root.Numbers("poly_estimate"), fit.Coefficients.Select(c => c.Estimate).ToArray(), Digits, "estimate");
        Tolerance.AssertDigits(Root.Numbers("poly_std_error"), fit.Coefficients.Select(c => c.StandardError).ToArray(), Digits, "se");
        Tolerance.AssertDigits(Root.Numbers("poly_fit"), curve.Points.Select(p => p.Mean).ToArray(), Digits, "prediction");
    }

    [Fact]
    public void The_poly_columns_are_orthonormal_and_centred_on_the_training_rows()
    {
        // Given
        var data = Data();

        // When
        var model = ModelMatrix.Build("y ~ poly(x, 3) - 1", data);

        // Then
        var columns = model.Columns;
        for (var a = 0; a < 3; a++)
        {
            Assert.Equal(0.0, columns[a].Sum(), 10);
            for (var b = 0; b < 3; b++)
            {
                Assert.Equal(a == b ? 1.0 : 0.0, columns[a].Zip(columns[b], (u, v) => u * v).Sum(), 10);
            }
        }
    }

    [Theory]
    [InlineData("y ~ poly(x)", "takes a column and a degree")]
    [InlineData("y ~ poly(x, 1.5)", "whole number")]
    [InlineData("y ~ I(poly(x, 2) * 2)", "makes several columns")]
    public void A_malformed_poly_call_is_reported_as_a_formula_error(string formula, string expected)
    {
        // Given
        var data = Data();

        // When
        var error = Assert.Throws<FormulaException>(() => Ols.Fit(formula, data));

        // Then
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_curve_whose_formula_needs_a_column_that_is_neither_varied_nor_held_names_it()
    {
        // Given
        var fit = Ols.Fit("y ~ x + I(x**2) + promo", Data());

        // When
        var error = Assert.Throws<FormulaException>(() => fit.PredictCurve("x", [1.0, 2.0]));

        // Then
        Assert.Contains("promo", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_held_value_of_an_unsupported_type_is_rejected()
    {
        // Given
        var fit = Ols.Fit("y ~ x + promo", Data());

        // When
        var error = Assert.Throws<ArgumentException>(() => fit.PredictCurve("x", [1.0], new Dictionary<string, object> { ["promo"] = 1 }));

        // Then
        Assert.Contains("'promo' has type Int32; give a double, string or DateOnly", error.Message, StringComparison.Ordinal);
    }
}
