using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;

namespace AmazonSalesRegression.Baselines;

/// <summary>
/// Baselines from ML.NET for comparison with the course's linear models: SDCA linear regression (a linear model
/// fitted by another optimizer, on min-max normalized features) and FastTree boosted regression trees (a non-linear
/// model), so a learner sees what non-linearity gains, or does not. Both run single-threaded with a fixed seed, so
/// the same data give the same predictions.
/// </summary>
// References:
//   S. Shalev-Shwartz, T. Zhang (2013). Stochastic dual coordinate ascent methods for regularized loss minimization. JMLR 14, 567-599.
//   J. H. Friedman (2001). Greedy function approximation: a gradient boosting machine. Annals of Statistics 29(5), 1189-1232.
public static class MlNetBaselines
{
    /// <summary>Fits SDCA linear regression on the training columns and predicts the test rows.</summary>
    /// <param name="trainColumns">Training predictors, one array per column.</param>
    /// <param name="trainY">Training response.</param>
    /// <param name="testColumns">Test predictors, the same columns.</param>
    /// <param name="seed">Seed of ML.NET's context.</param>
    public static double[] Sdca(IReadOnlyList<double[]> trainColumns, double[] trainY, IReadOnlyList<double[]> testColumns, int seed = 1)
    {
        var ml = new MLContext(seed);
        var trainer = ml
            .Transforms.NormalizeMinMax("Features")
            .Append(
                ml.Regression.Trainers.Sdca(new SdcaRegressionTrainer.Options { NumberOfThreads = 1, MaximumNumberOfIterations = 100 })
            );
        return FitPredict(ml, trainer, trainColumns, trainY, testColumns);
    }

    /// <summary>Fits FastTree gradient-boosted regression trees and predicts the test rows.</summary>
    /// <param name="trainColumns">Training predictors, one array per column.</param>
    /// <param name="trainY">Training response.</param>
    /// <param name="testColumns">Test predictors, the same columns.</param>
    /// <param name="trees">Number of trees.</param>
    /// <param name="leaves">Leaves per tree.</param>
    /// <param name="seed">Seed of ML.NET's context.</param>
    public static double[] FastTree(
        IReadOnlyList<double[]> trainColumns,
        double[] trainY,
        IReadOnlyList<double[]> testColumns,
        int trees = 100,
        int leaves = 20,
        int seed = 1
    )
    {
        var ml = new MLContext(seed);
        var trainer = ml.Regression.Trainers.FastTree(
            new FastTreeRegressionTrainer.Options
            {
                NumberOfTrees = trees,
                NumberOfLeaves = leaves,
                NumberOfThreads = 1,
            }
        );
        return FitPredict(ml, trainer, trainColumns, trainY, testColumns);
    }

    private static double[] FitPredict<T>(
        MLContext ml,
        IEstimator<T> estimator,
        IReadOnlyList<double[]> trainColumns,
        double[] trainY,
        IReadOnlyList<double[]> testColumns
    )
        where T : ITransformer
    {
        if (trainColumns.Count == 0 || trainColumns.Count != testColumns.Count)
        {
            throw new ArgumentException(
                $"The training data has {trainColumns.Count} columns and the test data {testColumns.Count}; they must match and be at least one.",
                nameof(testColumns)
            );
        }

        var model = estimator.Fit(View(ml, trainColumns, trainY));
        var scored = model.Transform(View(ml, testColumns, new double[testColumns[0].Length]));
        return scored.GetColumn<float>("Score").Select(v => (double)v).ToArray();
    }

    private static IDataView View(MLContext ml, IReadOnlyList<double[]> columns, double[] y)
    {
        var p = columns.Count;
        var rows = Enumerable
            .Range(0, y.Length)
            .Select(i => new Row { Label = (float)y[i], Features = columns.Select(c => (float)c[i]).ToArray() })
            .ToList();
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, p);
        return ml.Data.LoadFromEnumerable(rows, schema);
    }

    private sealed class Row
    {
        public float Label { get; set; }

        public float[] Features { get; set; } = [];
    }
}
