using System.Security.Cryptography;
using AmazonSalesRegression.Data;
using AmazonSalesRegression.Data.Loading;
using AmazonSalesRegression.Features.Formulas;
using AmazonSalesRegression.Features.Tabular;
using AmazonSalesRegression.Regression;
using AmazonSalesRegression.Scoring.Artifacts;
using AmazonSalesRegression.Scoring.Drift;

namespace AmazonSalesRegression.Training;

/// <summary>Trains <see cref="ProductionModel"/>: selects rows, fits, and assembles the artifact.</summary>
internal static class ProductionTrainer
{
    public static ProductionTraining Train(string csvPath, ProductionTrainingOptions options)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(csvPath)));
        var table = SalesCsv.LoadTable(csvPath);
        var dates = table.Dates("date").Span;
        var inStock = table.Numeric("in_stock").Span;
        var (training, holdout) = (new List<int>(), new List<int>());
        for (var row = 0; row < table.RowCount; row++)
        {
            if (inStock[row] == 1)
            {
                (CourseSplit.IsTest(dates[row]) ? holdout : training).Add(row);
            }
        }

        var trainData = TableRows.Select(table, training);
        var holdoutData = TableRows.Select(table, holdout);
        var fit = Ols.Fit(ProductionModel.Formula, trainData);
        var plan = fit.Plan!;
        var features = FormulaInputs.Of(plan.Formula).Select(name => Spec(trainData, name)).ToList();
        var trainDates = trainData.Dates("date").Span;
        var (first, last) = (trainDates[0], trainDates[^1]);
        foreach (var d in trainDates)
        {
            (first, last) = (d < first ? d : first, d > last ? d : last);
        }

        var draft = new ModelArtifact(
            ProductionModel.Name,
            ProductionModel.Version,
            options.TrainedAt ?? new DateTimeOffset(last.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            ProductionModel.Description,
            ProductionModel.Formula,
            TransformSnapshot.From(plan.State),
            features,
            [.. fit.Coefficients.Select(c => new ArtifactCoefficient(c.Name, c.IsAliased ? null : c.Estimate))],
            Interval(fit),
            ReferenceBuilder.Build(trainData, features, fit.FittedValues),
            HoldoutEvaluation.Evaluate(fit, holdoutData, options.IntervalLevel),
            new TrainingProvenance(
                Path.GetFileName(csvPath),
                sha,
                options.Seed,
                first,
                last,
                table.RowCount,
                training.Count,
                table.RowCount - training.Count - holdout.Count,
                holdout.Count
            )
        );
        return new ProductionTraining(draft, fit);
    }

    private static FeatureSpec Spec(ITabularData data, string name)
    {
        switch (data.KindOf(name))
        {
            case ColumnKind.Numeric:
                var values = data.Numeric(name).Span;
                double min = double.PositiveInfinity,
                    max = double.NegativeInfinity;
                foreach (var v in values)
                {
                    (min, max) = (Math.Min(min, v), Math.Max(max, v));
                }

                return new FeatureSpec(name, FeatureKind.Number, [], min, max);
            case ColumnKind.Date:
                var days = data.Dates(name).ToArray().Select(d => d.DayNumber).ToArray();
                return new FeatureSpec(name, FeatureKind.Date, [], days.Min(), days.Max() + 365);
            default:
                var categories = data.Text(name).Distinct().Order(StringComparer.Ordinal).ToArray();
                return new FeatureSpec(name, FeatureKind.Category, categories, 0, categories.Length - 1);
        }
    }

    private static IntervalSpec Interval(OlsResult fit)
    {
        var solution = fit.Solution;
        var r = solution.Rank;
        var inverse = solution.ScaledInverse;
        var packed = new List<double>(r * (r + 1) / 2);
        for (var k = 0; k < r; k++)
        {
            for (var j = 0; j <= k; j++)
            {
                packed.Add(inverse[j + k * r].ToDouble());
            }
        }

        return new IntervalSpec(
            fit.ResidualStandardError * fit.ResidualStandardError,
            fit.DegreesOfFreedomResidual,
            [.. solution.Kept],
            packed
        );
    }
}
