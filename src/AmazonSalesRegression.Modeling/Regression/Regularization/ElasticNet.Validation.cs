namespace AmazonSalesRegression.Regression.Regularization;

public static partial class ElasticNet
{
    private static void Validate(DesignMatrix x, ReadOnlySpan<double> y, ElasticNetOptions options)
    {
        if (x.StartsWithIntercept)
        {
            throw new ArgumentException("Pass the predictors without an intercept column; the intercept is fitted unpenalized.", nameof(x));
        }

        if (x.ColumnCount == 0 || x.Rows < 2)
        {
            throw new ArgumentException(
                $"The elastic net needs at least one predictor and two rows; got {x.ColumnCount} × {x.Rows}.",
                nameof(x)
            );
        }

        if (y.Length != x.Rows)
        {
            throw new ArgumentException($"y has {y.Length} values; the design has {x.Rows} rows.", nameof(y));
        }

        foreach (var value in y)
        {
            if (!double.IsFinite(value))
            {
                throw new ArgumentException("y contains NaN or infinite values.", nameof(y));
            }
        }

        for (var j = 0; j < x.ColumnCount; j++)
        {
            foreach (var value in x.Column(j))
            {
                if (!double.IsFinite(value))
                {
                    throw new ArgumentException($"Column '{x.Names[j]}' contains NaN or infinite values.", nameof(x));
                }
            }
        }

        ValidateOptions(options);
    }

    private static void ValidateOptions(ElasticNetOptions options)
    {
        if (!(options.L1Ratio >= 0 && options.L1Ratio <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), $"L1Ratio must be in [0, 1]; got {options.L1Ratio}.");
        }

        if (options.Lambdas is { } lambdas && (lambdas.Count == 0 || lambdas.Any(l => !(l >= 0) || double.IsInfinity(l))))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Lambdas must be a non-empty list of finite values ≥ 0.");
        }

        if (options.Lambdas is null && options.NLambda < 3)
        {
            throw new ArgumentOutOfRangeException(nameof(options), $"NLambda must be at least 3; got {options.NLambda}.");
        }

        if (options.LambdaMinRatio is { } ratio && !(ratio > 0 && ratio < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), $"LambdaMinRatio must be in (0, 1); got {ratio}.");
        }

        if (!(options.Threshold > 0) || options.MaxIterations < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Threshold must be > 0 and MaxIterations ≥ 1.");
        }
    }
}
