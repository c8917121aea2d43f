using AmazonSalesRegression.Resampling;
using AmazonSalesRegression.Teaching;
using Plotly.NET;

namespace AmazonSalesRegression.Visualization;

/// <summary>Figures for model evaluation: learning curves, bias–variance curves, correlograms and forecasts against actuals.</summary>
public static partial class Charts
{
    /// <summary>A learning curve: training and validation RMSE against the number of training rows.</summary>
    /// <param name="points">The curve, e.g. from <see cref="Resampling.LearningCurve.Compute"/>.</param>
    /// <param name="title">Figure title.</param>
    /// <returns>The figure.</returns>
    public static GenericChart LearningCurve(IReadOnlyList<LearningCurvePoint> points, string title)
    {
        ArgumentNullException.ThrowIfNull(points);
        var size = points.Select(p => (double)p.TrainSize).ToArray();
        return Layout(
            title,
            "training rows",
            "RMSE",
            Line(size, points.Select(p => p.TrainRmse), "training"),
            Line(size, points.Select(p => p.ValidationRmse), "validation")
        );
    }

    /// <summary>Training, test and true-function error against model complexity (polynomial degree).</summary>
    /// <param name="points">The curve, e.g. from <see cref="BiasVarianceDemo.Run"/>.</param>
    /// <param name="title">Figure title.</param>
    /// <returns>The figure.</returns>
    public static GenericChart BiasVariance(IReadOnlyList<BiasVariancePoint> points, string title)
    {
        ArgumentNullException.ThrowIfNull(points);
        var degree = points.Select(p => (double)p.Degree).ToArray();
        return Layout(
            title,
            "model complexity (polynomial degree)",
            "mean squared error",
            Line(degree, points.Select(p => p.TrainMse), "training MSE"),
            Line(degree, points.Select(p => p.TestMse), "test MSE"),
            Line(degree, points.Select(p => p.TrueMse), "distance from the true function")
        );
    }

    /// <summary>
    /// A correlogram: the autocorrelations at lags 1 … K with the approximate 95 % bounds ±1.96/√n of white noise.
    /// </summary>
    /// <param name="autocorrelations">r₁ … r_K.</param>
    /// <param name="length">Length n of the series the autocorrelations come from.</param>
    /// <param name="title">Figure title.</param>
    /// <returns>The figure.</returns>
    public static GenericChart Correlogram(IReadOnlyList<double> autocorrelations, int length, string title)
    {
        ArgumentNullException.ThrowIfNull(autocorrelations);
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        var lags = Enumerable.Range(1, autocorrelations.Count).Select(k => (double)k).ToArray();
        var bound = 1.96 / Math.Sqrt(length);
        return Layout(
            title,
            "lag (days)",
            "autocorrelation",
            Line(lags, autocorrelations, "autocorrelation"),
            Line(lags, lags.Select(_ => bound), "+95 % white-noise bound"),
            Line(lags, lags.Select(_ => -bound), "−95 % white-noise bound")
        );
    }

    /// <summary>Actual and forecast values over time, one line each.</summary>
    /// <param name="dates">The days (or week starts).</param>
    /// <param name="actual">Actual values.</param>
    /// <param name="forecasts">Named forecasts, each with one value per day.</param>
    /// <param name="title">Figure title.</param>
    /// <param name="yTitle">Title of the value axis, e.g. <c>units per week</c>.</param>
    /// <returns>The figure.</returns>
    public static GenericChart ActualVsForecast(
        IReadOnlyList<DateOnly> dates,
        IReadOnlyList<double> actual,
        IReadOnlyDictionary<string, double[]> forecasts,
        string title,
        string yTitle
    )
    {
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(forecasts);
        var days = dates.Select(d => d.ToDateTime(TimeOnly.MinValue)).ToArray();
        var traces = new[] { Line(days, actual, "actual") }
            .Concat(forecasts.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => Line(days, f.Value, f.Key)))
            .ToArray();
        return Layout(title, "date", yTitle, traces);
    }
}
