using AmazonSalesRegression.Data;
using AmazonSalesRegression.Data.Csv;
using AmazonSalesRegression.Features.Tabular;
using AmazonSalesRegression.Regression;
using AmazonSalesRegression.Regression.Diagnostics;
using AmazonSalesRegression.Scoring.Artifacts;
using AmazonSalesRegression.Training;

namespace AmazonSalesRegression.Reporting;

/// <summary>The numbers the report states, computed once from the production fit and the data.</summary>
internal sealed record ReportFacts(
    ProductionTraining Training,
    IReadOnlyList<WeeklyPoint> Weekly,
    IReadOnlyList<WeeklyPoint> HoldoutWeekly,
    IReadOnlyList<ChannelReturn> Channels,
    ResidualDiagnostics Residuals,
    TestStatistic BreuschPagan,
    double TotalRevenue,
    double TotalAdSpend
)
{
    public ModelArtifact Artifact => Training.Artifact;

    public OlsResult Fit => Training.Fit;

    public static ReportFacts From(ProductionTraining training, ColumnTable data)
    {
        var dates = data.Dates("date").ToArray();
        var units = data.Numeric("units_sold").ToArray();
        var revenue = data.Numeric("revenue").ToArray();
        var inStock = data.Numeric("in_stock").ToArray();
        var spend = new[] { "ad_spend_sp", "ad_spend_sb", "ad_spend_display" }.Select(c => data.Numeric(c).ToArray()).ToArray();

        var weekly = Enumerable
            .Range(0, data.RowCount)
            .GroupBy(i => WeekOf(dates[i]))
            .Where(g => FullWeek(g.Key, dates[0], dates[^1]))
            .OrderBy(g => g.Key)
            .Select(g => new WeeklyPoint(g.Key, g.Sum(i => revenue[i]), g.Sum(i => units[i]), null))
            .ToList();

        var holdoutRows = Enumerable.Range(0, data.RowCount).Where(i => CourseSplit.IsTest(dates[i]) && inStock[i] == 1).ToList();
        var holdout = TableRows.Select(data, holdoutRows);
        var s2 = training.Fit.ResidualStandardError * training.Fit.ResidualStandardError;
        var predicted = training.Fit.Predict(holdout).Select(p => Math.Exp(p.Mean + s2 / 2)).ToArray();
        var holdoutWeekly = holdoutRows
            .Select((row, k) => (Week: WeekOf(dates[row]), Units: units[row], Predicted: predicted[k]))
            .GroupBy(x => x.Week)
            .Where(g => FullWeek(g.Key, CourseSplit.TestStart, dates[^1]))
            .OrderBy(g => g.Key)
            .Select(g => new WeeklyPoint(g.Key, 0, g.Sum(x => x.Units), g.Sum(x => x.Predicted)))
            .ToList();

        var trainingRows = Enumerable.Range(0, data.RowCount).Where(i => !CourseSplit.IsTest(dates[i]) && inStock[i] == 1).ToList();
        var meanRevenue = trainingRows.Average(i => revenue[i]);
        var channels = ChannelReturn.Estimate(
            training.Fit,
            ["sp", "sb", "display"],
            spend.Select(s => trainingRows.Average(i => s[i])).ToArray(),
            meanRevenue
        );

        return new ReportFacts(
            training,
            weekly,
            holdoutWeekly,
            channels,
            training.Fit.GetResidualDiagnostics(),
            training.Fit.BreuschPagan(),
            revenue.Sum(),
            spend.Sum(s => s.Sum())
        );
    }

    // Weeks cut by the start or end of the data would look like a collapse in demand; charts show whole weeks only.
    private static bool FullWeek(DateOnly monday, DateOnly first, DateOnly last) => first <= monday && monday.AddDays(6) <= last;

    private static DateOnly WeekOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}

/// <summary>A whole week's totals (weeks start on Monday); <paramref name="PredictedUnits"/> is set for holdout weeks.</summary>
internal sealed record WeeklyPoint(DateOnly Week, double Revenue, double Units, double? PredictedUnits);
