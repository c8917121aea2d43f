using AmazonSalesRegression.Evaluation;

namespace AmazonSalesRegression.Modeling.Tests.Evaluation;

/// <summary>Metrics against hand-computed values.</summary>
public sealed class MetricsTests
{
    private static readonly double[] Actual = [3, 5, 2, 6];
    private static readonly double[] Predicted = [2.5, 5.5, 2, 5];

    [Fact]
    public void R_squared_adjusted_R_squared_RMSE_and_MAE_match_hand_computation()
    {
        // Given errors 0.5, −0.5, 0, 1 (SSE 1.5) and ȳ = 4 (TSS 1 + 1 + 4 + 4 = 10)
        // When the metrics are computed
        var r2 = Metrics.RSquared(Actual, Predicted);
        var adjusted = Metrics.AdjustedRSquared(Actual, Predicted, predictors: 1);
        var rmse = Metrics.Rmse(Actual, Predicted);
        var mae = Metrics.Mae(Actual, Predicted);

        // Then R² = 0.85, adjusted = 1 − 0.15·3/2 = 0.775, RMSE = √(1.5/4), MAE = 2/4 (15 digits)
        Assert.Equal(0.85, r2, 15);
        Assert.Equal(0.775, adjusted, 15);
        Assert.Equal(Math.Sqrt(0.375), rmse, 15);
        Assert.Equal(0.5, mae, 15);
    }

    [Fact]
    public void MAPE_and_sMAPE_match_hand_computation()
    {
        // Given the same errors: relative errors 1/6, 1/10, 0, 1/6; sMAPE terms 1/5.5, 1/10.5, 0, 2/11
        // When the percentage metrics are computed
        var mape = Metrics.Mape(Actual, Predicted);
        var smape = Metrics.Smape(Actual, Predicted);

        // Then they equal the hand values and nothing is excluded
        Assert.Equal(100 * (1.0 / 6 + 0.1 + 0 + 1.0 / 6) / 4, mape.Percent, 12);
        Assert.Equal(100 * (1 / 5.5 + 1 / 10.5 + 0 + 2.0 / 11) / 4, smape.Percent, 12);
        Assert.Equal(0, mape.Excluded);
        Assert.Equal(0, smape.Excluded);
    }

    [Fact]
    public void Zero_actuals_are_excluded_from_MAPE_and_counted()
    {
        // Given two zero actuals, one predicted exactly
        double[] actual = [0, 4, 0, 2];
        double[] predicted = [1, 5, 0, 2];

        // When MAPE and sMAPE are computed
        var mape = Metrics.Mape(actual, predicted);
        var smape = Metrics.Smape(actual, predicted);

        // Then MAPE uses rows 2 and 4 only (25 % and 0 %) and reports 2 excluded; sMAPE excludes only the 0/0 row
        Assert.Equal(12.5, mape.Percent, 12);
        Assert.Equal(2, mape.Excluded);
        Assert.Equal(100 * (2.0 + 2.0 / 9 + 0) / 3, smape.Percent, 12);
        Assert.Equal(1, smape.Excluded);
    }

    [Fact]
    public void Mismatched_lengths_and_constant_actuals_are_rejected()
    {
        // Given / When / Then
        Assert.Throws<ArgumentException>(() => Metrics.Rmse([1, 2], [1]));
        Assert.Throws<ArgumentException>(() => Metrics.RSquared([2, 2, 2], [1, 2, 3]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Metrics.AdjustedRSquared(Actual, Predicted, 3));
    }
}
