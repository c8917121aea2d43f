namespace AmazonSalesRegression.Regression.Selection;

/// <summary>
/// The best model of one size found by <see cref="SubsetSelection"/>, with the criteria ISLP §6.1.3 uses to compare
/// models of different sizes. Every model has an intercept; d counts the predictor columns besides it.
/// </summary>
/// <param name="Size">Number of candidates in the model (0 for the intercept-only model).</param>
/// <param name="Predictors">The chosen candidates, in candidate order.</param>
/// <param name="Parameters">Number of estimated coefficients d + 1, the intercept included (a categorical candidate counts its columns).</param>
/// <param name="ResidualSumOfSquares">RSS of the least-squares fit.</param>
/// <param name="RSquared">1 − RSS/TSS.</param>
/// <param name="AdjustedRSquared">1 − (RSS/(n − d − 1))/(TSS/(n − 1)).</param>
/// <param name="Cp">ISLP's Mallows' Cp = (RSS + 2·d·σ̂²)/n, with σ̂² the full model's residual variance.</param>
/// <param name="MallowsCp">Mallows' original scale RSS/σ̂² − n + 2(d + 1), what R's <c>leaps</c> reports; n·Cp/σ̂² − n + 2, so it ranks models identically.</param>
/// <param name="Aic">−2ℓ + 2k at the maximum-likelihood σ² = RSS/n, k from the result's <see cref="InformationCriterionConvention"/>.</param>
/// <param name="Bic">−2ℓ + k·ln n, k as for <paramref name="Aic"/>.</param>
public sealed record SubsetModel(
    int Size,
    IReadOnlyList<string> Predictors,
    int Parameters,
    double ResidualSumOfSquares,
    double RSquared,
    double AdjustedRSquared,
    double Cp,
    double MallowsCp,
    double Aic,
    double Bic
);
