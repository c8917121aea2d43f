using AmazonSalesRegression.Evaluation;

namespace AmazonSalesRegression.Modeling.Tests.Evaluation;

public sealed class ForecastScoreTests
{
    [Fact]
    public void A_score_holds_every_metric_and_the_total_bias()
    {
        // Given
        double[] actual = [10, 20, 30, 40];
        double[] forecast = [12, 18, 33, 41];

        // When
        var score = ForecastScore.Of("model", actual, forecast);

        // Then
        Assert.Equal("model", score.Forecast);
        Assert.Equal(4, score.Rows);
        Assert.Equal(Metrics.RSquared(actual, forecast), score.RSquared);
        Assert.Equal(2.0, score.Mae, 12);
        Assert.Equal(Math.Sqrt(18.0 / 4), score.Rmse, 12);
        Assert.Equal(100.0 * (0.2 + 0.1 + 0.1 + 0.025) / 4, score.MapePercent, 12);
        Assert.Equal(4.0 / 100, score.Bias, 12);
    }
}
