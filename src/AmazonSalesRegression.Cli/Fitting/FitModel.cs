namespace AmazonSalesRegression.Cli.Fitting;

/// <summary>The model <c>fit --model</c> fits.</summary>
internal enum FitModel
{
    /// <summary>Ordinary least squares.</summary>
    Ols,

    /// <summary>Ridge regression (elastic net with l1-ratio 0).</summary>
    Ridge,

    /// <summary>The lasso (elastic net with l1-ratio 1).</summary>
    Lasso,

    /// <summary>The elastic net with the given l1-ratio (default 0.5).</summary>
    ElasticNet,
}
