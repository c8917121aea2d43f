namespace AmazonSalesRegression.Regression;

/// <summary>
/// The model-level statistics of a least-squares fit, from its sums of squares alone, with R's and statsmodels'
/// conventions: with an intercept, R² and F use the centred total sum of squares; without one, the uncentred Σy².
/// Shared by the in-memory and the streaming fit so both report the same numbers the same way.
/// </summary>
/// <param name="Observations">n.</param>
/// <param name="Rank">Number of estimated coefficients.</param>
/// <param name="HasIntercept">Whether the model has an intercept.</param>
/// <param name="ResidualSumOfSquares">Σ eᵢ².</param>
/// <param name="TotalSumOfSquares">Σ (yᵢ − ȳ)² with an intercept, Σ yᵢ² without.</param>
public sealed record FitStatistics(long Observations, int Rank, bool HasIntercept, double ResidualSumOfSquares, double TotalSumOfSquares)
{
    /// <summary>Residual degrees of freedom n − rank.</summary>
    public long DegreesOfFreedomResidual => Observations - Rank;

    /// <summary>Model degrees of freedom: rank − 1 with an intercept, rank without.</summary>
    public int DegreesOfFreedomModel => Rank - (HasIntercept ? 1 : 0);

    /// <summary>TSS − RSS.</summary>
    public double ExplainedSumOfSquares => TotalSumOfSquares - ResidualSumOfSquares;

    /// <summary>1 − RSS/TSS.</summary>
    public double RSquared => 1.0 - (ResidualSumOfSquares / TotalSumOfSquares);

    /// <summary>1 − (n − k₀)/(n − rank)·(1 − R²), with k₀ = 1 with an intercept and 0 without.</summary>
    public double AdjustedRSquared => 1.0 - ((Observations - (HasIntercept ? 1.0 : 0.0)) / DegreesOfFreedomResidual * (1.0 - RSquared));

    /// <summary>s = √(RSS/(n − rank)).</summary>
    public double ResidualStandardError => Math.Sqrt(ResidualSumOfSquares / DegreesOfFreedomResidual);

    /// <summary>(ESS/df_model)/(RSS/df_residual); NaN when the model has no regressor besides the intercept.</summary>
    public double FStatistic =>
        DegreesOfFreedomModel > 0
            ? ExplainedSumOfSquares / DegreesOfFreedomModel / (ResidualSumOfSquares / DegreesOfFreedomResidual)
            : double.NaN;

    /// <summary>P(F(df_model, df_residual) ≥ F).</summary>
    public double FPValue => ReferenceTails.FUpper(FStatistic, DegreesOfFreedomModel, DegreesOfFreedomResidual);

    /// <summary>Gaussian log-likelihood at σ̂² = RSS/n: −n/2·(ln 2π + ln(RSS/n) + 1).</summary>
    public double LogLikelihood => -0.5 * Observations * (Math.Log(2.0 * Math.PI) + Math.Log(ResidualSumOfSquares / Observations) + 1.0);

    /// <summary>Akaike's criterion −2ℓ + 2k, k = rank (statsmodels) or rank + 1 (R, counting σ).</summary>
    public double GetAic(InformationCriterionConvention convention) => (-2.0 * LogLikelihood) + (2.0 * ParameterCount(convention));

    /// <summary>Schwarz's criterion −2ℓ + k·ln n, k as in <see cref="GetAic"/>.</summary>
    public double GetBic(InformationCriterionConvention convention) =>
        (-2.0 * LogLikelihood) + (ParameterCount(convention) * Math.Log(Observations));

    private int ParameterCount(InformationCriterionConvention convention) =>
        Rank + (convention == InformationCriterionConvention.R ? 1 : 0);
}
