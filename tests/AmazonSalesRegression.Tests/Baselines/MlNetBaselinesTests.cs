using AmazonSalesRegression.Baselines;
using AmazonSalesRegression.Evaluation;
using AmazonSalesRegression.Regression;

namespace AmazonSalesRegression.Tests.Baselines;

public sealed class MlNetBaselinesTests
{
    [Fact]
    public void On_linear_data_SDCA_predicts_about_as_well_as_OLS()
    {
        // Given linear data with noise, split into training and test rows
        var (train, trainY, test, testY) = Simulate(x => 3 + (2 * x[0]) - x[1], seed: 3);

        // When OLS and SDCA are fitted on the training rows
        var ols = Ols.Fit(train, trainY, ["a", "b"]).Predict(test).Select(p => p.Mean).ToArray();
        var sdca = MlNetBaselines.Sdca(train, trainY, test);

        // Then SDCA's test RMSE is within 5% of OLS's, which is near the noise level
        var olsRmse = Metrics.Rmse(testY, ols);
        Assert.InRange(olsRmse, 0.4, 0.6);
        Assert.InRange(Metrics.Rmse(testY, sdca), olsRmse, olsRmse * 1.05);
    }

    [Fact]
    public void On_a_step_function_FastTree_beats_the_linear_model()
    {
        // Given data whose response jumps at x = 0
        var (train, trainY, test, testY) = Simulate(x => x[0] > 0 ? 5 : 0, seed: 4);

        // When OLS and FastTree are fitted
        var ols = Ols.Fit(train, trainY, ["a", "b"]).Predict(test).Select(p => p.Mean).ToArray();
        var trees = MlNetBaselines.FastTree(train, trainY, test);

        // Then the trees capture the step and the straight line cannot
        Assert.True(
            Metrics.Rmse(testY, trees) < 0.6 * Metrics.Rmse(testY, ols),
            $"FastTree {Metrics.Rmse(testY, trees)} vs OLS {Metrics.Rmse(testY, ols)}"
        );
    }

    [Fact]
    public void The_same_data_and_seed_give_the_same_predictions()
    {
        // Given one data set
        var (train, trainY, test, _) = Simulate(x => x[0] * x[1], seed: 5);

        // When FastTree is fitted twice
        var first = MlNetBaselines.FastTree(train, trainY, test);
        var second = MlNetBaselines.FastTree(train, trainY, test);

        // Then the predictions are identical
        Assert.Equal(first, second);
    }

    private static (double[][] Train, double[] TrainY, double[][] Test, double[] TestY) Simulate(Func<double[], double> truth, int seed)
    {
        var random = new Random(seed);
        double[][] Columns(int n) =>
            [
                Enumerable.Range(0, n).Select(_ => (random.NextDouble() * 4) - 2).ToArray(),
                Enumerable.Range(0, n).Select(_ => (random.NextDouble() * 4) - 2).ToArray(),
            ];
        double[] Response(double[][] x) =>
            Enumerable
                .Range(0, x[0].Length)
                .Select(i =>
                    truth([x[0][i], x[1][i]])
                    + (0.5 * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()))
                )
                .ToArray();
        var train = Columns(2000);
        var test = Columns(500);
        return (train, Response(train), test, Response(test));
    }
}
