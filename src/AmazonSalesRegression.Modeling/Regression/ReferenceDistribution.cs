namespace AmazonSalesRegression.Regression;

/// <summary>The distribution used for p-values and confidence intervals of coefficient tests.</summary>
public enum ReferenceDistribution
{
    /// <summary>Student's t with the residual degrees of freedom (classical OLS; R's <c>coeftest</c> default).</summary>
    StudentT,

    /// <summary>Standard normal (statsmodels' default for robust covariances: <c>use_t=False</c>).</summary>
    Normal,
}
