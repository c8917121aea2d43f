using AmazonSalesRegression.Data;
using AmazonSalesRegression.Data.Generation;
using AmazonSalesRegression.Scoring.Artifacts;
using AmazonSalesRegression.Training;

namespace AmazonSalesRegression.Tests.Training;

public sealed class ProductionModelTests
{
    [Fact]
    public void Training_uses_in_stock_rows_before_the_holdout_and_records_where_they_came_from()
    {
        // Given the model trained on the course data
        var training = TrainedModel.Artifact.Training;

        // When its provenance is read
        // Then training ends the day before the test period, out-of-stock rows are excluded and the counts add up
        Assert.Equal(CourseSplit.TestStart.AddDays(-1), training.LastDate);
        Assert.Equal(new DateOnly(2024, 1, 1), training.FirstDate);
        Assert.Equal(35_088, training.SourceRows);
        Assert.Equal(training.SourceRows, training.TrainingRows + training.HoldoutRows + training.OutOfStockRowsExcluded);
        Assert.InRange(training.OutOfStockRowsExcluded, 1_000, 1_200);
        Assert.Equal("872fa24bcc30211ec73b5698085a16360b74616c2ad565e6d54d8df22caae957", training.DataSha256);
        Assert.Equal(new DateTimeOffset(2025, 10, 1, 0, 0, 0, TimeSpan.Zero), TrainedModel.Artifact.TrainedAt);
    }

    [Fact]
    public void The_fit_recovers_the_category_elasticities_of_the_data_generating_process()
    {
        // Given the true own-price elasticities of data/README.md
        var truth = new Dictionary<string, double>
        {
            ["Electronics"] = -1.8,
            ["Home & Kitchen"] = -1.3,
            ["Books"] = -0.7,
            ["Beauty"] = -1.1,
            ["Toys"] = -1.5,
            ["Sports"] = -1.2,
        };

        // When the coefficients of C(category):log(selling_price) are read from the artifact
        var coefficients = TrainedModel.Artifact.Coefficients.ToDictionary(c => c.Name, c => c.Estimate);

        // Then each lies within 0.15 of the truth
        foreach (var (category, elasticity) in truth)
        {
            var estimate = coefficients[$"C(category)[{category}]:log(selling_price)"];
            Assert.NotNull(estimate);
            Assert.InRange(estimate.Value, elasticity - 0.15, elasticity + 0.15);
        }
    }

    [Fact]
    public void Holdout_metrics_are_reported_on_the_log_scale_on_units_and_per_category_week()
    {
        // Given the holdout report
        var holdout = TrainedModel.Artifact.Holdout;

        // When its figures are read
        // Then the model explains most of the log variance, the planning level (the 12 full weeks × 6 categories) is accurate
        // and the intervals cover near 95 %
        Assert.Equal(CourseSplit.TestStart, holdout.From);
        Assert.Equal(new DateOnly(2025, 12, 31), holdout.To);
        Assert.Equal(TrainedModel.Artifact.Training.HoldoutRows, holdout.Units.Count);
        Assert.InRange(holdout.LogScale.RSquared, 0.8, 1.0);
        Assert.Null(holdout.LogScale.MapePercent);
        Assert.InRange(holdout.Units.MapePercent!.Value, 5, 40);
        Assert.Equal(6 * 12, holdout.WeeklyCategory.Count);
        Assert.InRange(holdout.WeeklyCategory.MapePercent!.Value, 0, 15);
        Assert.InRange(holdout.IntervalCoverage, 0.9, 0.99);
    }

    [Fact]
    public void Same_data_and_seed_give_a_byte_identical_artifact()
    {
        // Given a small generated data set (12 SKUs, October 2024 to December 2025: every month occurs in training) written to a file
        var folder = Directory.CreateTempSubdirectory("asr-prod-").FullName;
        try
        {
            var csv = Path.Combine(folder, "small.csv");
            SalesDataFiles.Write(
                csv,
                new GeneratorOptions
                {
                    StartDate = new DateOnly(2024, 10, 1),
                    SkusPerCategory = 2,
                    OutlierCount = 0,
                }
            );

            // When the production model is trained on it twice, independently
            var first = ModelArtifactFile.Serialize(ProductionModel.Train(csv).Artifact);
            var second = ModelArtifactFile.Serialize(ProductionModel.Train(csv).Artifact);

            // Then the bytes are equal, and reading and writing again changes nothing
            Assert.Equal(first, second);
            Assert.Equal(first, ModelArtifactFile.Serialize(ModelArtifactFile.Read(first, "memory").Artifact));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_committed_artifact_is_the_one_training_produces()
    {
        // Given the artifact committed under models/
        var committed = File.ReadAllBytes(ProductionModel.DefaultPath(CoursePaths.FindRoot(AppContext.BaseDirectory)));

        // When the shared training is serialized
        var produced = ModelArtifactFile.Serialize(TrainedModel.Artifact);

        // Then they are identical (retrain with 'course run' or the train verb after changing the model)
        Assert.Equal(produced, committed);
    }
}
