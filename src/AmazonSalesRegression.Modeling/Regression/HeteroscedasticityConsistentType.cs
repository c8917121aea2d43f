namespace AmazonSalesRegression.Regression;

/// <summary>
/// Heteroscedasticity-consistent ("sandwich") covariance estimators (XᵀX)⁻¹ Xᵀ diag(ωᵢ) X (XᵀX)⁻¹, differing in
/// the weights ωᵢ built from residuals eᵢ and leverages hᵢ. Same definitions as statsmodels' cov_HC0…cov_HC3 and
/// R's sandwich::vcovHC.
/// </summary>
// References:
//   H. White, "A heteroskedasticity-consistent covariance matrix estimator and a direct test for
//     heteroskedasticity", Econometrica 48(4) (1980) 817-838 (HC0).
//   J. G. MacKinnon, H. White, "Some heteroskedasticity-consistent covariance matrix estimators with improved
//     finite sample properties", J. Econometrics 29(3) (1985) 305-325 (HC1, HC2, HC3).
public enum HeteroscedasticityConsistentType
{
    /// <summary>White's estimator: ωᵢ = eᵢ².</summary>
    HC0,

    /// <summary>Degrees-of-freedom correction: ωᵢ = eᵢ²·n/(n − r).</summary>
    HC1,

    /// <summary>Leverage correction: ωᵢ = eᵢ²/(1 − hᵢ).</summary>
    HC2,

    /// <summary>Jackknife-like correction: ωᵢ = eᵢ²/(1 − hᵢ)².</summary>
    HC3,
}
