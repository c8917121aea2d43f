using AmazonSalesRegression.Evaluation;
using AmazonSalesRegression.Regression;

namespace AmazonSalesRegression.Resampling;

/// <summary>
/// Learning curves: training and validation error as the training set grows. The last
/// <c>validationRows</c> rows form a fixed validation set; each training set is the first m rows, so for data in
/// time order no future row is used to predict the past.
/// </summary>
// References:
//   Hastie, T., Tibshirani, R. & Friedman, J. (2009). The Elements of Statistical Learning, 2nd ed., section 7.10.
public static class LearningCurve
{
    /// <summary>Fits the model on growing training sets and reports train and validation RMSE.</summary>
    /// <param name="x">Predictors (no intercept column).</param>
    /// <param name="y">Response.</param>
    /// <param name="trainSizes">Training-set sizes, each ≥ 1 and ≤ n − <paramref name="validationRows"/>.</param>
    /// <param name="validationRows">Size of the trailing validation block (≥ 1).</param>
    /// <param name="fit">Fits a model on (x, y) and returns its prediction function.</param>
    /// <returns>One point per training size, in the given order.</returns>
    public static IReadOnlyList<LearningCurvePoint> Compute(
        DesignMatrix x,
        IReadOnlyList<double> y,
        IReadOnlyList<int> trainSizes,
        int validationRows,
        Func<DesignMatrix, double[], Func<DesignMatrix, double[]>> fit
    )
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(trainSizes);
        ArgumentNullException.ThrowIfNull(fit);
        var available = x.Rows - validationRows;
        if (validationRows < 1 || available < 1 || y.Count != x.Rows)
        {
            throw new ArgumentOutOfRangeException(nameof(validationRows), $"Need 1 ≤ validation rows < {x.Rows} and one y per row.");
        }

        if (trainSizes.Any(m => m < 1 || m > available))
        {
            throw new ArgumentOutOfRangeException(nameof(trainSizes), $"Training sizes must be between 1 and {available}.");
        }

        var validation = Enumerable.Range(available, validationRows).ToArray();
        var validationX = Rows(x, validation);
        var validationY = validation.Select(i => y[i]).ToArray();
        return trainSizes
            .Select(m =>
            {
                var train = Enumerable.Range(0, m).ToArray();
                var trainX = Rows(x, train);
                var trainY = train.Select(i => y[i]).ToArray();
                var predict = fit(trainX, trainY);
                return new LearningCurvePoint(m, Metrics.Rmse(trainY, predict(trainX)), Metrics.Rmse(validationY, predict(validationX)));
            })
            .ToArray();
    }

    private static DesignMatrix Rows(DesignMatrix x, int[] rows) =>
        DesignMatrix.FromColumns(
            x.Names,
            Enumerable
                .Range(0, x.ColumnCount)
                .Select(j =>
                {
                    var column = x.Column(j).ToArray();
                    return rows.Select(i => column[i]).ToArray();
                })
                .ToArray()
        );
}
