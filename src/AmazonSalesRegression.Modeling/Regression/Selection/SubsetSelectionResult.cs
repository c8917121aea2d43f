namespace AmazonSalesRegression.Regression.Selection;

/// <summary>
/// The outcome of best-subset or forward-stepwise selection: the best model of each size (ISLP's M₀ … M_p) and the
/// size each criterion prefers.
/// </summary>
/// <param name="Search">How the models were searched.</param>
/// <param name="Candidates">The candidate predictors: formula terms in design order (as patsy orders them, categorical-only terms first) or design columns.</param>
/// <param name="Observations">Number of observations n.</param>
/// <param name="FullModelVariance">σ̂² = RSS/(n − p − 1) of the model with every candidate, the variance estimate in Cp.</param>
/// <param name="Convention">How AIC and BIC count parameters (the library's <see cref="InformationCriterionConvention"/>).</param>
/// <param name="Models">The best model of each size, index = size (0 = intercept only).</param>
public sealed record SubsetSelectionResult(
    SubsetSearch Search,
    IReadOnlyList<string> Candidates,
    int Observations,
    double FullModelVariance,
    InformationCriterionConvention Convention,
    IReadOnlyList<SubsetModel> Models
)
{
    /// <summary>The model with the smallest Cp (equivalently the smallest <see cref="SubsetModel.MallowsCp"/>).</summary>
    public SubsetModel BestByCp => Models.MinBy(m => m.Cp)!;

    /// <summary>The model with the smallest AIC (for least squares, the same ranking as Cp up to the σ² estimate).</summary>
    public SubsetModel BestByAic => Models.MinBy(m => m.Aic)!;

    /// <summary>The model with the smallest BIC (penalizes size more heavily than AIC once n &gt; 7).</summary>
    public SubsetModel BestByBic => Models.MinBy(m => m.Bic)!;

    /// <summary>The model with the largest adjusted R².</summary>
    public SubsetModel BestByAdjustedRSquared => Models.MaxBy(m => m.AdjustedRSquared)!;
}
