namespace AmazonSalesRegression.Regression;

public sealed partial record OlsResult
{
    /// <summary>
    /// Predicts at a new point: the mean x₀ᵀb with its confidence interval and the prediction interval for a
    /// new observation (Student t, df = n − rank), like statsmodels' <c>get_prediction</c> mean_ci and obs_ci.
    /// Aliased columns are ignored, as R's <c>predict.lm</c> does.
    /// </summary>
    /// <param name="predictors">One value per predictor, in design order, without the intercept.</param>
    /// <param name="level">Coverage in (0, 1); default 0.95.</param>
    /// <returns>The prediction.</returns>
    /// <exception cref="ArgumentException">The number of values does not match the predictors, or a value is not finite.</exception>
    public Prediction Predict(ReadOnlySpan<double> predictors, double level = 0.95)
    {
        var offset = HasIntercept ? 1 : 0;
        if (predictors.Length != Names.Count - offset)
        {
            throw new ArgumentException(
                $"Expected {Names.Count - offset} predictor values ({string.Join(", ", Names.Skip(offset))}); got {predictors.Length}.",
                nameof(predictors)
            );
        }

        var point = new double[Names.Count];
        point[0] = 1.0;
        for (var j = 0; j < predictors.Length; j++)
        {
            if (!double.IsFinite(predictors[j]))
            {
                throw new ArgumentException(
                    $"Predictor '{Names[j + offset]}' is {predictors[j]}; predictions need finite values.",
                    nameof(predictors)
                );
            }

            point[j + offset] = predictors[j];
        }

        var mean = Numerics.DoubleDouble.Zero;
        for (var k = 0; k < Solution.Kept.Count; k++)
        {
            mean += Solution.ExtendedCoefficients[k] * point[Solution.Kept[k]];
        }

        var s2 = ResidualStandardError * ResidualStandardError;
        var meanVariance = s2 * Solution.QuadraticForm(point);
        var meanSe = Math.Sqrt(meanVariance);
        var observationSe = Math.Sqrt(s2 + meanVariance);
        var critical = ReferenceTails.Critical(level, ReferenceDistribution.StudentT, DegreesOfFreedomResidual);
        var center = mean.ToDouble();
        return new Prediction(
            center,
            meanSe,
            center - critical * meanSe,
            center + critical * meanSe,
            observationSe,
            center - critical * observationSe,
            center + critical * observationSe,
            level
        );
    }

    /// <summary>Predicts at several new points given column-major (one array per predictor, without the intercept).</summary>
    /// <param name="predictorColumns">One array per predictor, all of the same length.</param>
    /// <param name="level">Coverage in (0, 1); default 0.95.</param>
    /// <returns>One prediction per point.</returns>
    public IReadOnlyList<Prediction> Predict(IReadOnlyList<double[]> predictorColumns, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(predictorColumns);
        var points = predictorColumns.Count == 0 ? 0 : predictorColumns[0].Length;
        var row = new double[predictorColumns.Count];
        var result = new List<Prediction>(points);
        for (var i = 0; i < points; i++)
        {
            for (var j = 0; j < row.Length; j++)
            {
                row[j] = predictorColumns[j][i];
            }

            result.Add(Predict(row, level));
        }

        return result;
    }
}
