using AmazonSalesRegression.Evaluation;
using AmazonSalesRegression.Features.Tabular;
using AmazonSalesRegression.Regression;

namespace AmazonSalesRegression.Production;

/// <summary>Scores the holdout on the log scale, on units and at the weekly-category planning level.</summary>
internal static class HoldoutEvaluation
{
    public static HoldoutReport Evaluate(OlsResult fit, ITabularData holdout, double level)
    {
        var predictions = fit.Predict(holdout, level);
        var units = holdout.Numeric("units_sold").ToArray();
        var dates = holdout.Dates("date").ToArray();
        var categories = holdout.Text("category");
        var logActual = units.Select(u => Math.Log(u)).ToArray();
        var logPredicted = predictions.Select(p => p.Mean).ToArray();
        var median = logPredicted.Select(v => Math.Exp(v)).ToArray();
        var s2 = fit.ResidualStandardError * fit.ResidualStandardError;
        var covered = predictions.Where((p, i) => p.ObservationLower <= logActual[i] && logActual[i] <= p.ObservationUpper).Count();

        var weeks = Enumerable
            .Range(0, units.Length)
            .GroupBy(i => (Week: dates[i].AddDays(-(((int)dates[i].DayOfWeek + 6) % 7)), Category: categories[i]))
            .OrderBy(g => g.Key.Week)
            .ThenBy(g => g.Key.Category, StringComparer.Ordinal)
            .Select(g => (Actual: g.Sum(i => units[i]), Predicted: g.Sum(i => Math.Exp(logPredicted[i] + s2 / 2))))
            .ToList();

        return new HoldoutReport(
            dates.Min(),
            dates.Max(),
            Metrics(logActual, logPredicted, withMape: false),
            Metrics(units, median, withMape: true),
            Metrics([.. weeks.Select(w => w.Actual)], [.. weeks.Select(w => w.Predicted)], withMape: true),
            level,
            (double)covered / units.Length
        );
    }

    private static ForecastMetrics Metrics(double[] actual, double[] predicted, bool withMape) =>
        new(
            actual.Length,
            Evaluation.Metrics.RSquared(actual, predicted),
            Evaluation.Metrics.Rmse(actual, predicted),
            Evaluation.Metrics.Mae(actual, predicted),
            withMape ? Evaluation.Metrics.Mape(actual, predicted).Percent : null
        );
}
