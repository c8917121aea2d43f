using AmazonSalesRegression.Data;
using AmazonSalesRegression.Data.Loading;
using AmazonSalesRegression.Scoring;
using AmazonSalesRegression.Scoring.Artifacts;

namespace AmazonSalesRegression.Tests.Training;

public sealed class ScorerTests
{
    private static readonly Lazy<(DemandScorer Scorer, double[][] Rows, int[] Lines)> Holdout = new(Load);

    [Fact]
    public void Scores_equal_the_formula_fits_predictions_to_twelve_significant_digits()
    {
        // Given the scorer and the first 300 in-stock holdout rows
        var (scorer, rows, lines) = Holdout.Value;
        var table = SalesCsv.LoadTable(TrainedModel.CsvPath);
        var data = SelectLines(table, lines[..300]);

        // When both the scorer and OlsResult.Predict score them
        var expected = TrainedModel.Value.Fit.Predict(data, 0.95);

        // Then the log mean and the prediction interval agree to 12 significant digits
        for (var i = 0; i < 300; i++)
        {
            var score = scorer.Score(rows[i]);
            Tolerance.AssertDigits(expected[i].Mean, score.LogMean, 12);
            Tolerance.AssertDigits(expected[i].ObservationLower, score.LogLower, 12);
            Tolerance.AssertDigits(expected[i].ObservationUpper, score.LogUpper, 12);
            Tolerance.AssertDigits(Math.Exp(expected[i].Mean), score.Value, 12);
        }
    }

    [Fact]
    public void Scoring_allocates_nothing_per_prediction()
    {
        // Given a warmed-up scorer
        var (scorer, rows, _) = Holdout.Value;
        var sink = 0.0;
        for (var i = 0; i < 2_000; i++)
        {
            sink += scorer.Score(rows[i % rows.Length]).Value;
        }

        // When it scores 20,000 rows
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 20_000; i++)
        {
            sink += scorer.Score(rows[i % rows.Length]).Value;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Then no byte was allocated
        Assert.Equal(0, allocated);
        Assert.True(double.IsFinite(sink));
    }

    [Fact]
    public void Parallel_scoring_gives_the_serial_results()
    {
        // Given the holdout rows scored one after another
        var (scorer, rows, _) = Holdout.Value;
        var serial = rows.Select(r => scorer.Score(r)).ToArray();

        // When they are scored again from many threads at once
        var parallel = new DemandScore[rows.Length];
        Parallel.For(0, rows.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = scorer.Score(rows[i]));

        // Then every result is identical
        Assert.Equal(serial, parallel);
    }

    [Fact]
    public void Values_outside_the_training_range_are_flagged_and_impossible_ones_are_reported()
    {
        // Given a valid row
        var (scorer, rows, _) = Holdout.Value;
        var price = scorer.FeatureIndex("selling_price");
        var row = (double[])rows[0].Clone();

        // When the price is set far above anything seen in training, then to zero
        row[price] = 10_000;
        var high = scorer.Score(row);
        row[price] = 0;
        var zero = scorer.Score(row);

        // Then the first is scored and flagged, the second cannot be scored and names log(selling_price)
        Assert.True(high.IsValid);
        Assert.Equal(1UL << price, high.OutOfRange);
        Assert.False(zero.IsValid);
        Assert.Equal("log(selling_price)", scorer.FactorName(zero.InvalidFactor));
        Assert.False(scorer.TryEncodeCategory(scorer.FeatureIndex("sku"), "NOPE-001", out _));
    }

    [Fact]
    public void A_scorer_built_from_the_written_file_gives_the_same_scores()
    {
        // Given the artifact written to bytes and read back
        var (scorer, rows, _) = Holdout.Value;
        var reread = DemandScorer.Create(ModelArtifactFile.Read(ModelArtifactFile.Serialize(TrainedModel.Artifact), "memory").Artifact);

        // When both score the holdout
        // Then the results are identical
        Assert.Equal(rows.Select(r => scorer.Score(r)), rows.Select(r => reread.Score(r)));
    }

    [Fact]
    public void An_artifact_whose_coefficients_do_not_match_its_formula_is_refused()
    {
        // Given the artifact with its first coefficient removed
        var broken = TrainedModel.Artifact with
        {
            Coefficients = [.. TrainedModel.Artifact.Coefficients.Skip(1)],
        };

        // When a scorer is built from it
        var error = Assert.Throws<ModelArtifactException>(() => DemandScorer.Create(broken, source: "m.json"));

        // Then the error names the coefficients
        Assert.Equal("$.content.coefficients", error.Field);
        Assert.StartsWith("m.json: $.content.coefficients:", error.Message);
    }

    private static (DemandScorer, double[][], int[]) Load()
    {
        var scorer = DemandScorer.Create(TrainedModel.Artifact);
        var table = SalesCsv.LoadTable(TrainedModel.CsvPath);
        var dates = table.Dates("date").Span;
        var inStock = table.Numeric("in_stock").Span;
        var rows = new List<double[]>();
        var lines = new List<int>();
        for (var r = 0; r < table.RowCount && rows.Count < 2_000; r++)
        {
            if (inStock[r] == 1 && CourseSplit.IsTest(dates[r]))
            {
                rows.Add(Encode(scorer, table, r));
                lines.Add(r);
            }
        }

        return (scorer, [.. rows], [.. lines]);
    }

    private static double[] Encode(DemandScorer scorer, AmazonSalesRegression.Features.Tabular.ITabularData table, int row)
    {
        var values = new double[scorer.Features.Count];
        for (var f = 0; f < values.Length; f++)
        {
            var feature = scorer.Features[f];
            switch (feature.Kind)
            {
                case FeatureKind.Number:
                    values[f] = table.Numeric(feature.Name).Span[row];
                    break;
                case FeatureKind.Date:
                    values[f] = table.Dates(feature.Name).Span[row].DayNumber;
                    break;
                default:
                    Assert.True(scorer.TryEncodeCategory(f, table.Text(feature.Name)[row], out values[f]));
                    break;
            }
        }

        return values;
    }

    private static AmazonSalesRegression.Features.Tabular.TabularData SelectLines(
        AmazonSalesRegression.Data.Csv.ColumnTable table,
        int[] rows
    )
    {
        var data = new AmazonSalesRegression.Features.Tabular.TabularData("holdout", rows.Length);
        foreach (var name in table.ColumnNames)
        {
            _ = table.KindOf(name) switch
            {
                AmazonSalesRegression.Features.Tabular.ColumnKind.Numeric => data.Add(
                    name,
                    rows.Select(r => table.Numeric(name).Span[r]).ToArray()
                ),
                AmazonSalesRegression.Features.Tabular.ColumnKind.Date => data.Add(
                    name,
                    rows.Select(r => table.Dates(name).Span[r]).ToArray()
                ),
                _ => data.Add(name, rows.Select(r => table.Text(name)[r]).ToArray()),
            };
        }

        return data;
    }
}
