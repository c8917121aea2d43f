using AmazonSalesRegression.Data.Csv;
using AmazonSalesRegression.Data.Generation;
using AmazonSalesRegression.Training;

namespace AmazonSalesRegression.Reporting;

/// <summary>
/// The report for stakeholders that <c>course run</c> writes to <c>reports/</c>: the four business questions and their
/// answers, the production model card, the key charts, the price-elasticity and advertising-return tables and the drift
/// baseline. Everything is computed from the data, the production fit and the generator's truth, so it is
/// reproducible to the byte.
/// </summary>
public static partial class StakeholderReport
{
    /// <summary>The report's file name under <c>reports/</c>.</summary>
    public const string FileName = "amazon_sales_report.html";

    /// <summary>Builds the report.</summary>
    /// <param name="training">The production model's artifact and fit (<see cref="ProductionModel.Train"/>).</param>
    /// <param name="data">The course data set as loaded by <c>SalesCsv.LoadTable</c>.</param>
    /// <param name="truth">The generator's true parameters, to show how close the estimates come.</param>
    public static ReportDocument Build(ProductionTraining training, ColumnTable data, GroundTruth truth)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(truth);
        var facts = ReportFacts.From(training, data);
        var artifact = training.Artifact;
        return new ReportDocument(
            "Amazon marketplace sales: demand model report",
            $"Model {artifact.Name} {artifact.Version}, trained on {artifact.Training.FirstDate:yyyy-MM-dd} to "
                + $"{artifact.Training.LastDate:yyyy-MM-dd}, holdout {artifact.Holdout.From:yyyy-MM-dd} to {artifact.Holdout.To:yyyy-MM-dd}; "
                + $"data SHA-256 {artifact.Training.DataSha256[..12]}…",
            [Summary(facts), Questions(facts), Pricing(facts, truth), Marketing(facts), ModelCard(facts), DriftBaseline(artifact)]
        );
    }
}
