namespace AmazonSalesRegression.Evaluation;

/// <summary>
/// Regression error metrics of predictions against actual values. All of them reject inputs of different
/// lengths, empty inputs and non-finite values; the percentage metrics never divide by zero (see
/// <see cref="Mape"/> and <see cref="Smape"/>).
/// </summary>
// References:
//   Hyndman, R. J. & Koehler, A. B. (2006). Another look at measures of forecast accuracy. International Journal
//     of Forecasting 22(4), 679–688 (MAPE, sMAPE and their problems with zero actuals).
public static class Metrics
{
    /// <summary>Coefficient of determination R² = 1 − Σ(y − ŷ)²/Σ(y − ȳ)² (can be negative out of sample).</summary>
    /// <param name="actual">Actual values y.</param>
    /// <param name="predicted">Predictions ŷ.</param>
    /// <returns>R².</returns>
    /// <exception cref="ArgumentException">Lengths differ, inputs are empty or non-finite, or y is constant.</exception>
    public static double RSquared(IReadOnlyList<double> actual, IReadOnlyList<double> predicted)
    {
        Check(actual, predicted);
        var mean = actual.Average();
        var tss = actual.Sum(a => (a - mean) * (a - mean));
        if (tss == 0)
        {
            throw new ArgumentException("R² is undefined when the actual values are constant.", nameof(actual));
        }

        return 1.0 - SquaredErrors(actual, predicted) / tss;
    }

    /// <summary>Adjusted R² = 1 − (1 − R²)(n − 1)/(n − p − 1) for p predictors besides the intercept.</summary>
    /// <param name="actual">Actual values.</param>
    /// <param name="predicted">Predictions.</param>
    /// <param name="predictors">Number of predictors p (excluding the intercept), with n − p − 1 &gt; 0.</param>
    /// <returns>Adjusted R².</returns>
    public static double AdjustedRSquared(IReadOnlyList<double> actual, IReadOnlyList<double> predicted, int predictors)
    {
        var r2 = RSquared(actual, predicted);
        var n = actual.Count;
        if (predictors < 0 || n - predictors - 1 <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(predictors), $"Adjusted R² needs 0 ≤ p < n − 1; got p = {predictors}, n = {n}.");
        }

        return 1.0 - (1.0 - r2) * (n - 1) / (n - predictors - 1);
    }

    /// <summary>Root mean squared error √(Σ(y − ŷ)²/n).</summary>
    /// <param name="actual">Actual values.</param>
    /// <param name="predicted">Predictions.</param>
    /// <returns>RMSE.</returns>
    public static double Rmse(IReadOnlyList<double> actual, IReadOnlyList<double> predicted)
    {
        Check(actual, predicted);
        return Math.Sqrt(SquaredErrors(actual, predicted) / actual.Count);
    }

    /// <summary>Mean absolute error Σ|y − ŷ|/n.</summary>
    /// <param name="actual">Actual values.</param>
    /// <param name="predicted">Predictions.</param>
    /// <returns>MAE.</returns>
    public static double Mae(IReadOnlyList<double> actual, IReadOnlyList<double> predicted)
    {
        Check(actual, predicted);
        return actual.Zip(predicted, (a, p) => Math.Abs(a - p)).Average();
    }

    /// <summary>
    /// Mean absolute percentage error 100·mean(|y − ŷ|/|y|) over the rows with y ≠ 0; rows with y = 0 are
    /// excluded and counted in <see cref="PercentageError.Excluded"/> (the value is NaN when every row is excluded).
    /// </summary>
    /// <param name="actual">Actual values.</param>
    /// <param name="predicted">Predictions.</param>
    /// <returns>The percentage and the number of excluded rows.</returns>
    public static PercentageError Mape(IReadOnlyList<double> actual, IReadOnlyList<double> predicted)
    {
        Check(actual, predicted);
        var terms = actual.Zip(predicted, (a, p) => a == 0 ? double.NaN : Math.Abs(a - p) / Math.Abs(a)).ToArray();
        return Percentage(terms);
    }

    /// <summary>
    /// Symmetric MAPE 100·mean(2|y − ŷ|/(|y| + |ŷ|)), in [0, 200]; rows with y = ŷ = 0 are excluded and counted.
    /// </summary>
    /// <param name="actual">Actual values.</param>
    /// <param name="predicted">Predictions.</param>
    /// <returns>The percentage and the number of excluded rows.</returns>
    public static PercentageError Smape(IReadOnlyList<double> actual, IReadOnlyList<double> predicted)
    {
        Check(actual, predicted);
        var terms = actual
            .Zip(predicted, (a, p) => a == 0 && p == 0 ? double.NaN : 2 * Math.Abs(a - p) / (Math.Abs(a) + Math.Abs(p)))
            .ToArray();
        return Percentage(terms);
    }

    private static PercentageError Percentage(double[] terms)
    {
        var kept = terms.Where(t => !double.IsNaN(t)).ToArray();
        return new PercentageError(kept.Length == 0 ? double.NaN : 100.0 * kept.Average(), terms.Length - kept.Length);
    }

    private static double SquaredErrors(IReadOnlyList<double> actual, IReadOnlyList<double> predicted) =>
        actual.Zip(predicted, (a, p) => (a - p) * (a - p)).Sum();

    private static void Check(IReadOnlyList<double> actual, IReadOnlyList<double> predicted)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(predicted);
        if (actual.Count != predicted.Count || actual.Count == 0)
        {
            throw new ArgumentException(
                $"Need equally many actual and predicted values, at least one; got {actual.Count} and {predicted.Count}.",
                nameof(predicted)
            );
        }

        if (actual.Any(v => !double.IsFinite(v)) || predicted.Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("Actual and predicted values must be finite.", nameof(actual));
        }
    }
}
