using AmazonSalesRegression.Business;
using AmazonSalesRegression.Features.Tabular;
using AmazonSalesRegression.Regression;
using AmazonSalesRegression.Scoring.Artifacts;

namespace AmazonSalesRegression.Training;

/// <summary>
/// Scores the holdout on the log scale, on units and at the weekly-category planning level (full Monday-to-Sunday
/// weeks only: the partial weeks at the ends of the holdout hold fewer days and are not comparable).
/// </summary>
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

        var means = logPredicted.Select(v => Math.Exp(v + s2 / 2)).ToArray();
        var weeks = PlanningLevel.Weekly(dates, categories, units, means, fullWeeksOnly: true);

        return new HoldoutReport(
            dates.Min(),
            dates.Max(),
            Metrics(logActual, logPredicted, withMape: false),
            Metrics(units, median, withMape: true),
            Metrics([.. weeks.Select(w => w.Actual)], [.. weeks.Select(w => w.Forecast)], withMape: true),
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
