using AmazonSalesRegression.Features.Tabular;
using AmazonSalesRegression.Regression;

namespace AmazonSalesRegression.Modeling.Tests.Regression;

public sealed class InterceptOnlyFormulaTests
{
    [Fact]
    public void The_mean_model_y_tilde_1_estimates_the_mean_with_its_standard_error()
    {
        // Given five observations with mean 4 and sample standard deviation sqrt(2.5)
        var data = new TabularData("five.csv", 5).Add("units", [2.0, 3.0, 4.0, 5.0, 6.0]);

        // When the intercept-only model is fitted
        var fit = Ols.Fit("units ~ 1", data);

        // Then the intercept is the mean, its standard error s/sqrt(n), and nothing is explained (12 significant digits)
        var intercept = Assert.Single(fit.Coefficients);
        Assert.Equal("Intercept", intercept.Name);
        Assert.Equal(4.0, intercept.Estimate, 12);
        Assert.Equal(Math.Sqrt(2.5 / 5), intercept.StandardError, 12);
        Assert.Equal(5, fit.Observations);
        Assert.Equal(0.0, fit.Statistics.RSquared, 12);
        Assert.Contains("Intercept", fit.Summary().ToString(), StringComparison.Ordinal);
        Assert.Equal(4.0, fit.Predict(data)[0].Mean, 12);
    }
}
