using AmazonSalesRegression.Evaluation;
using AmazonSalesRegression.Features.Tabular;
using AmazonSalesRegression.Regression;

namespace AmazonSalesRegression.Resampling;

/// <summary>
/// Cross-validation of an OLS formula model: for each split, the formula's plan and coefficients are learned from the
/// training rows only and the test rows are predicted through that plan. Works with any splits, e.g. random k-fold
/// (<see cref="Regression.Regularization.CrossValidationSplits.KFold"/>), time-ordered ones (<see cref="RollingOrigin"/>) or
/// grouped ones (<see cref="LeaveOneGroupOut(IReadOnlyList{string})"/>, <see cref="GroupKFold(IReadOnlyList{string}, int)"/>).
/// </summary>
// References:
//   Hastie, T., Tibshirani, R. & Friedman, J. (2009). The Elements of Statistical Learning, 2nd ed., section 7.10.
//   Bergmeir, C. & Benítez, J. M. (2012). On the use of cross-validation for time series predictor evaluation.
//     Information Sciences 191, 192–213.
//   Hyndman, R. J. & Athanasopoulos, G. (2021). Forecasting: Principles and Practice, 3rd ed., section 5.10 (time series cross-validation).
public static partial class FormulaCrossValidation
{
    /// <summary>Fits <paramref name="formula"/> on each split's training rows and returns its test RMSE.</summary>
    /// <param name="formula">The model, e.g. <c>log(units_sold) ~ …</c>; the RMSE is on the scale of its response.</param>
    /// <param name="data">All rows the splits index.</param>
    /// <param name="splits">Row indices to fit on and to evaluate on.</param>
    /// <param name="options">Solver settings of every fit; <see cref="OlsOptions.Default"/> when null.</param>
    /// <returns>One error per split, in split order.</returns>
    public static IReadOnlyList<FoldError> Run(
        string formula,
        ITabularData data,
        IReadOnlyList<(int[] Train, int[] Test)> splits,
        OlsOptions? options = null
    )
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(splits);
        return splits
            .Select(
                (split, k) =>
                {
                    var fit = Ols.Fit(formula, TableRows.Select(data, split.Train), options);
                    var test = TableRows.Select(data, split.Test);
                    // The training fit's plan: the test rows may hold a single level of a factor (one held-out SKU).
                    var actual = fit.Plan!.Apply(test).Response!;
                    var predicted = LogLinearForecast.LogMeans(fit, test);
                    return new FoldError(k + 1, split.Train.Length, split.Test.Length, Metrics.Rmse(actual, predicted));
                }
            )
            .ToArray();
    }

    /// <summary>
    /// Time-ordered splits by calendar (rolling origin with an expanding window): for each origin, the test rows are the
    /// days in [origin, next origin) — the last one up to <paramref name="end"/> — and the training rows every earlier day.
    /// Rows need not be sorted.
    /// </summary>
    /// <param name="dates">Day of each row.</param>
    /// <param name="origins">Increasing first test days.</param>
    /// <param name="end">The first day after the last test block.</param>
    /// <returns>One split per origin.</returns>
    /// <exception cref="ArgumentException">Origins are not increasing, do not precede <paramref name="end"/>, or a block is empty.</exception>
    public static IReadOnlyList<(int[] Train, int[] Test)> RollingOrigin(
        IReadOnlyList<DateOnly> dates,
        IReadOnlyList<DateOnly> origins,
        DateOnly end
    )
    {
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(origins);
        var bounds = origins.Append(end).ToArray();
        if (origins.Count == 0 || bounds.Zip(bounds.Skip(1), (a, b) => a < b).Any(increasing => !increasing))
        {
            throw new ArgumentException("Give at least one origin; origins must increase and precede the end.", nameof(origins));
        }

        var splits = origins
            .Select(
                (origin, k) =>
                    (
                        Enumerable.Range(0, dates.Count).Where(i => dates[i] < origin).ToArray(),
                        Enumerable.Range(0, dates.Count).Where(i => dates[i] >= origin && dates[i] < bounds[k + 1]).ToArray()
                    )
            )
            .ToArray();
        if (splits.Any(s => s.Item1.Length == 0 || s.Item2.Length == 0))
        {
            throw new ArgumentException("Every split needs training rows before its origin and test rows after it.", nameof(origins));
        }

        return splits;
    }
}
