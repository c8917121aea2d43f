using AmazonSalesRegression.Regression;
using AmazonSalesRegression.Regression.Regularization;

namespace AmazonSalesRegression.Modeling.Tests.Regression.Regularization;

/// <summary>Cross-validation from row moments gives what refitting each fold's rows and predicting its test rows gives.</summary>
public sealed class CrossValidationMomentsTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CV_errors_from_moments_equal_refits_and_predictions_to_9_digits(bool timeOrdered)
    {
        // Given shifted, correlated data (means far from zero) and k-fold or time-ordered splits
        var random = new Random(11);
        const int n = 400;
        var a = Enumerable.Range(0, n).Select(_ => 1000 + (random.NextDouble() * 10)).ToArray();
        var b = a.Select(v => (0.5 * v) + random.NextDouble()).ToArray();
        var c = Enumerable.Range(0, n).Select(_ => random.NextDouble()).ToArray();
        var y = Enumerable.Range(0, n).Select(i => 50 + (0.3 * a[i]) - (2 * c[i]) + random.NextDouble()).ToArray();
        var x = DesignMatrix.FromColumns(["a", "b", "c"], [a, b, c]);
        var splits = timeOrdered ? CrossValidationSplits.TimeOrdered(n, 4) : CrossValidationSplits.KFold(n, 5, seed: 3);
        var options = new ElasticNetOptions { L1Ratio = 0.5, Threshold = 1e-14 };

        // When the CV errors are computed from moments, and by brute force
        var result = CrossValidation.ElasticNet(x, y, splits, options);
        var bruteForce = new double[result.Lambdas.Count];
        var total = 0.0;
        foreach (var (train, test) in splits.Splits)
        {
            var path = ElasticNet.Path(Rows(x, train), train.Select(i => y[i]).ToArray(), options);
            for (var k = 0; k < bruteForce.Length; k++)
            {
                var predicted = path.Interpolate(result.Lambdas[k]).Predict(Rows(x, test));
                bruteForce[k] += test.Select((row, i) => Math.Pow(y[row] - predicted[i], 2)).Sum();
            }

            total += test.Length;
        }

        // Then the mean squared errors agree
        for (var k = 0; k < bruteForce.Length; k++)
        {
            Assert.Equal(bruteForce[k] / total, result.CvMean[k], bruteForce[k] / total * 1e-9);
        }
    }

    private static DesignMatrix Rows(DesignMatrix x, int[] rows) =>
        DesignMatrix.FromColumns(
            x.Names,
            Enumerable.Range(0, x.ColumnCount).Select(j => rows.Select(r => x.Column(j)[r]).ToArray()).ToArray()
        );
}
