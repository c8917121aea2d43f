using AmazonSalesRegression.Baselines;
using AmazonSalesRegression.Evaluation;
using AmazonSalesRegression.Features.Tabular;
using AmazonSalesRegression.Regression;
using AmazonSalesRegression.Regression.Regularization;
using AmazonSalesRegression.Resampling;

namespace AmazonSalesRegression.Tests.Baselines;

public sealed class FormulaModelEvaluationTests
{
    // 60 days of log y = 1 + 0.5·x + small deterministic noise, x cycling 1..5.
    private static TabularData Sample(int days = 60)
    {
        var start = new DateOnly(2024, 1, 1);
        var x = Enumerable.Range(0, days).Select(d => 1.0 + d % 5).ToArray();
        var noise = Enumerable.Range(0, days).Select(d => 0.05 * Math.Sin(d * 1.7)).ToArray();
        return new TabularData("toy", days)
            .Add("date", Enumerable.Range(0, days).Select(d => start.AddDays(d)).ToArray())
            .Add("x", x)
            .Add("y", x.Zip(noise, (v, e) => Math.Exp(1 + 0.5 * v + e)).ToArray());
    }

    [Fact]
    public void Log_means_equal_the_fitted_values_and_the_mean_adds_half_the_variance()
    {
        // Given
        var data = Sample();
        var fit = Ols.Fit("log(y) ~ x", data);

        // When
        var logMeans = LogLinearForecast.LogMeans(fit, data);

        // Then (12 significant digits)
        Assert.All(logMeans.Zip(fit.FittedValues), p => Assert.Equal(p.Second, p.First, 1e-12));
        Assert.Equal(Math.Exp(2.0), LogLinearForecast.Median([2.0])[0], 1e-12);
        Assert.Equal(Math.Exp(2.0 + 0.045), LogLinearForecast.Mean([2.0], 0.09)[0], 1e-12);
        Assert.Throws<ArgumentOutOfRangeException>(() => LogLinearForecast.Mean([2.0], -1));
    }

    [Fact]
    public void Rolling_origin_tests_each_block_on_later_days_only()
    {
        // Given
        var data = Sample();
        var dates = data.Dates("date").ToArray();

        // When
        var splits = FormulaCrossValidation.RollingOrigin(
            dates,
            [new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 15)],
            new DateOnly(2024, 2, 20)
        );

        // Then
        Assert.Equal(2, splits.Count);
        Assert.Equal(31, splits[0].Train.Length);
        Assert.Equal(14, splits[0].Test.Length);
        Assert.Equal(5, splits[1].Test.Length);
        Assert.All(splits, s => Assert.True(s.Train.Max(i => dates[i]) < s.Test.Min(i => dates[i])));
        Assert.Throws<ArgumentException>(() =>
            FormulaCrossValidation.RollingOrigin(dates, [new DateOnly(2024, 2, 15), new DateOnly(2024, 2, 1)], new DateOnly(2024, 3, 1))
        );
    }

    [Fact]
    public void Cross_validation_refits_each_fold_and_reports_the_noise_level()
    {
        // Given
        var data = Sample();
        var splits = CrossValidationSplits.KFold(data.RowCount, 4, seed: 3).Splits;

        // When
        var folds = FormulaCrossValidation.Run("log(y) ~ x", data, splits);

        // Then the RMSE is about the noise sd of 0.05/√2 ≈ 0.035 and never zero
        Assert.Equal([1, 2, 3, 4], folds.Select(f => f.Fold));
        Assert.All(folds, f => Assert.Equal(60, f.TrainRows + f.TestRows));
        Assert.All(folds, f => Assert.InRange(f.Rmse, 0.02, 0.06));
    }

    [Fact]
    public void The_ladder_scores_training_and_validation_rows_separately()
    {
        // Given the first 40 days for training and the last 20 for validation
        var data = Sample();
        var train = TableRows.Where(data, i => i < 40);
        var validation = TableRows.Where(data, i => i >= 40);

        // When
        var scores = ModelLadder.Score([("trend only", "log(y) ~ time(date)"), ("linear", "log(y) ~ x")], train, validation);

        // Then a trend explains little of the cycling x; the linear model explains most of both parts
        Assert.Equal(2, scores[0].Coefficients);
        Assert.InRange(scores[0].TrainRSquared, 0.0, 0.2);
        Assert.True(scores[0].TrainAdjustedRSquared < scores[0].TrainRSquared);
        Assert.Equal(2, scores[1].Coefficients);
        Assert.True(scores[1].ValidationRSquared > 0.99);
        Assert.True(scores[1].ValidationRmse < scores[0].ValidationRmse / 10);
    }

    [Fact]
    public void The_ols_learner_predicts_new_rows_and_ignores_aliased_columns()
    {
        // Given a second predictor that is all zero in training
        var x = DesignMatrix.FromColumns(
            ["x", "z"],
            [
                [1.0, 2.0, 3.0, 4.0],
                [0.0, 0.0, 0.0, 0.0],
            ]
        );
        double[] y = [3.0, 5.0, 7.0, 9.0];

        // When
        var predict = OlsLearner.Fit(x, y);
        var predicted = predict(
            DesignMatrix.FromColumns(
                ["x", "z"],
                [
                    [10.0],
                    [1.0],
                ]
            )
        );

        // Then y = 1 + 2x, and z contributes nothing
        Assert.Equal(21.0, predicted[0], 1e-9);
    }
}
