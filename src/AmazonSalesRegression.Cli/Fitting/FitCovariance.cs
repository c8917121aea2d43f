namespace AmazonSalesRegression.Cli.Fitting;

/// <summary>The covariance behind the standard errors of <c>fit --cov-type</c>, with statsmodels' names.</summary>
internal enum FitCovariance
{
    /// <summary>The classical s²(XᵀX)⁻¹; tests use Student t with n − rank degrees of freedom.</summary>
    Nonrobust,

    /// <summary>White's heteroscedasticity-consistent estimator.</summary>
    HC0,

    /// <summary>HC0 scaled by n/(n − rank).</summary>
    HC1,

    /// <summary>Leverage-corrected: eᵢ²/(1 − hᵢ).</summary>
    HC2,

    /// <summary>Jackknife-like: eᵢ²/(1 − hᵢ)².</summary>
    HC3,

    /// <summary>One-way cluster-robust by the <c>--groups</c> column, with statsmodels' correction G/(G − 1)·(n − 1)/(n − k).</summary>
    Cluster,
}
