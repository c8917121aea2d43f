using AmazonSalesRegression.Data.Generation;
using AmazonSalesRegression.Data.Loading;
using AmazonSalesRegression.Reporting;
using AmazonSalesRegression.Training;

namespace AmazonSalesRegression.Tests.Reporting;

public sealed class StakeholderReportTests
{
    private static readonly Lazy<ReportDocument> s_report = new(() =>
    {
        var root = CoursePaths.FindRoot(AppContext.BaseDirectory);
        var csv = CoursePaths.SalesCsv(root);
        return StakeholderReport.Build(
            ProductionModel.Train(csv),
            SalesCsv.LoadTable(csv),
            GroundTruth.FromJson(File.ReadAllText(CoursePaths.TruthJson(root)))
        );
    });

    [Fact]
    public void The_report_answers_the_business_questions_and_carries_the_model_card_and_drift_baseline()
    {
        // When
        var report = s_report.Value;

        // Then
        Assert.Equal(["summary", "questions", "pricing", "marketing", "model-card", "drift-baseline"], report.Sections.Select(s => s.Id));
        Assert.Equal(
            ["holdout_weekly_units", "weekly_revenue", "elasticity_by_category", "marginal_roas_by_channel"],
            report.Charts.Select(c => c.Name)
        );
    }

    [Fact]
    public void Every_category_elasticity_interval_in_the_report_contains_the_generators_true_value()
    {
        // Given
        var pricing = s_report.Value.Sections.Single(s => s.Id == "pricing");

        // When
        var table = pricing.Blocks.OfType<TableBlock>().Single();

        // Then
        Assert.Equal(6, table.Rows.Count);
        Assert.All(table.Rows, row => Assert.Equal("yes", row[4]));
        Assert.Contains(table.Rows, row => row[0] == "Books" && row[5].StartsWith("inelastic", StringComparison.Ordinal));
    }

    [Fact]
    public void The_summary_judges_the_success_criteria_on_the_full_category_weeks_and_gives_daily_figures_as_context_only()
    {
        // Given
        var summary = s_report.Value.Sections.Single(s => s.Id == "summary");

        // When
        var bullets = summary.Blocks.OfType<BulletsBlock>().Single().Items;

        // Then the weekly bullet names the 72 full category-weeks and the verdict; the daily one gives no verdict
        Assert.Contains(
            bullets,
            b => b.Contains("72 category-weeks", StringComparison.Ordinal) && b.EndsWith("are met.", StringComparison.Ordinal)
        );
        var daily = Assert.Single(bullets, b => b.Contains("per SKU", StringComparison.Ordinal));
        Assert.Contains("not the criterion level", daily, StringComparison.Ordinal);
        Assert.DoesNotContain("met", daily, StringComparison.Ordinal);
    }
}
