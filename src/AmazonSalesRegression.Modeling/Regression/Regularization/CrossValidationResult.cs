namespace AmazonSalesRegression.Regression.Regularization;

/// <summary>
/// Cross-validated error of an elastic-net path (cv.glmnet's <c>lambda</c>, <c>cvm</c>, <c>cvsd</c>, <c>nzero</c>,
/// <c>lambda.min</c> and <c>lambda.1se</c>), with the full-data path.
/// </summary>
/// <param name="Path">The path fitted on all rows; its λ sequence is the one cross-validated.</param>
/// <param name="CvMean">Mean squared prediction error at each λ: fold MSEs averaged with weights = fold sizes.</param>
/// <param name="CvStdError">Its standard error: √(Σ_f w_f·(MSE_f − mean)²/Σ_f w_f/(K − 1)).</param>
/// <param name="IndexMin">Position of λ_min on the path.</param>
/// <param name="Index1se">Position of λ_1se on the path.</param>
public sealed record CrossValidationResult(
    ElasticNetPath Path,
    IReadOnlyList<double> CvMean,
    IReadOnlyList<double> CvStdError,
    int IndexMin,
    int Index1se
)
{
    /// <summary>The λ sequence (the full-data path's).</summary>
    public IReadOnlyList<double> Lambdas => Path.Lambdas;

    /// <summary>The largest λ with the smallest CV error.</summary>
    public double LambdaMin => Path.Lambdas[IndexMin];

    /// <summary>The largest λ whose CV error is within one standard error of the minimum (error ≤ cvm_min + cvsd_min).</summary>
    public double Lambda1se => Path.Lambdas[Index1se];

    /// <summary>The smallest CV error.</summary>
    public double MinError => CvMean[IndexMin];

    /// <summary>The full-data fit at λ_min.</summary>
    public ElasticNetFit FitAtMin => Path.At(IndexMin);
}
