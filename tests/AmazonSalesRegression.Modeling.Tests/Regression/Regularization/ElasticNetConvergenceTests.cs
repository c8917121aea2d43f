using AmazonSalesRegression.Regression;
using AmazonSalesRegression.Regression.Regularization;

namespace AmazonSalesRegression.Modeling.Tests.Regression.Regularization;

/// <summary>
/// Convergence along a flat valley of the objective: group dummies against a slope identified only by the small
/// variation within each group (the course's SKU dummies against the category price elasticities).
/// </summary>
public sealed class ElasticNetConvergenceTests
{
    private const int Groups = 12;
    private const int RowsPerGroup = 150;
    private const double TrueSlope = -1.8;

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.5)]
    public void At_a_tiny_lambda_the_default_settings_reach_the_ols_solution(double alpha)
    {
        // Given a design whose slope is nearly collinear with the group dummies, and its OLS fit
        var (x, y) = GroupedDesign();
        var ols = Ols.Fit(x, y);

        // When the elastic net is fitted with the default threshold at λ = 1e-12 (a penalty bias below 1e-8)
        var fit = ElasticNet.Fit(x, y, 1e-12, new ElasticNetOptions { L1Ratio = alpha });

        // Then the intercept and every slope agree with OLS to 1e-6 (glmnet's stopping rule alone stopped about 0.2
        // short on the slope, where each pass still moved every coordinate less than the threshold)
        Assert.Equal(ols.Coefficients[0].Estimate, fit.Intercept, 1e-6);
        for (var j = 0; j < x.ColumnCount; j++)
        {
            Assert.Equal(ols.Coefficients[j + 1].Estimate, fit.Coefficients[j], 1e-6);
        }
    }

    [Fact]
    public void The_end_of_a_warm_started_lasso_path_is_the_single_lambda_fit_started_from_zero()
    {
        // Given the same design
        var (x, y) = GroupedDesign();

        // When the default lasso path is fitted down to 1e-6 of λ_max
        var path = ElasticNet.Path(x, y, new ElasticNetOptions { LambdaMinRatio = 1e-6 });

        // Then its slope at the last λ is the single-λ fit's, started from zero, to 1e-6: the warm start does not
        // change where the solver stops (glmnet's stopping rule alone left them 0.1 apart along the valley)
        var last = path.Count - 1;
        var cold = ElasticNet.Fit(x, y, path.Lambdas[last]);
        var slope = x.ColumnCount - 1;
        Assert.Equal(cold.Coefficients[slope], path.Coefficients[last][slope], 1e-6);
    }

    private static (DesignMatrix X, double[] Y) GroupedDesign()
    {
        var random = new Random(20251205);
        var n = Groups * RowsPerGroup;
        var columns = new double[Groups][];
        for (var g = 0; g < Groups; g++)
        {
            columns[g] = new double[n];
        }

        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            var group = i / RowsPerGroup;
            var level = 1.0 + (0.35 * group);
            var logPrice = level + (0.03 * Normal(random));
            if (group > 0)
            {
                columns[group - 1][i] = 1.0;
            }

            columns[Groups - 1][i] = logPrice;
            y[i] = 4.0 + (0.2 * group) + (TrueSlope * logPrice) + (0.1 * Normal(random));
        }

        var names = Enumerable.Range(1, Groups - 1).Select(g => $"group{g}").Append("log_price").ToArray();
        return (DesignMatrix.FromColumns(names, columns), y);
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());
}
