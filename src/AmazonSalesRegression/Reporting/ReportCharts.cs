using AmazonSalesRegression.Visualization;
using Plotly.NET;

namespace AmazonSalesRegression.Reporting;

/// <summary>The report's charts, built with the course's <see cref="Charts"/>.</summary>
internal static class ReportCharts
{
    public static GenericChart HoldoutWeekly(ReportFacts facts)
    {
        var weeks = facts.HoldoutWeekly.Select(w => w.Week.ToDateTime(TimeOnly.MinValue)).ToArray();
        return Charts.Layout(
            "Holdout quarter: weekly units, actual and forecast",
            "week starting",
            "units (in-stock SKU-days)",
            Charts.Line(weeks, facts.HoldoutWeekly.Select(w => w.Units), "actual"),
            Charts.Line(weeks, facts.HoldoutWeekly.Select(w => w.PredictedUnits ?? double.NaN), "forecast")
        );
    }

    public static GenericChart WeeklyRevenue(ReportFacts facts) =>
        Charts.Layout(
            "Weekly revenue",
            "week starting",
            "revenue (USD)",
            Charts.Line(
                facts.Weekly.Select(w => w.Week.ToDateTime(TimeOnly.MinValue)),
                facts.Weekly.Select(w => Math.Round(w.Revenue, 2)),
                "revenue"
            )
        );

    public static GenericChart Elasticities(IReadOnlyList<ElasticityRow> rows) =>
        Charts.Layout(
            "Price elasticity by category",
            "category",
            "elasticity",
            Charts.Bar(rows.Select(r => r.Category), rows.Select(r => Math.Round(r.Estimate.Estimate, 4)), "estimate"),
            Charts.Bar(rows.Select(r => r.Category), rows.Select(r => r.Truth), "true value")
        );

    public static GenericChart Channels(ReportFacts facts) =>
        Charts.Layout(
            "Marginal return on ad spend at current spend",
            "channel",
            "revenue per extra dollar (USD)",
            Charts.Bar(facts.Channels.Select(c => c.Channel), facts.Channels.Select(c => Math.Round(c.MarginalRoas, 4)), "marginal ROAS")
        );
}
