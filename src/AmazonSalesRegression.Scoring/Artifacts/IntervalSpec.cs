namespace AmazonSalesRegression.Scoring.Artifacts;

/// <summary>
/// What a prediction interval for a new observation needs: ŷ ± t(df)·s·√(1 + x₀ᵀ(XᵀX)⁻¹x₀). The inverse Gram matrix is
/// stored as its factor M = S·R⁻¹ from the pivoted QR decomposition (XᵀX)⁻¹ = MMᵀ over the kept columns, so that
/// x₀ᵀ(XᵀX)⁻¹x₀ = ‖Mᵀx₀‖², a sum of squares that cannot go negative by rounding.
/// </summary>
/// <param name="ResidualVariance">s² = RSS/(n − rank) on the log scale.</param>
/// <param name="DegreesOfFreedom">Residual degrees of freedom n − rank.</param>
/// <param name="KeptColumns">Design column of each of the r kept (non-aliased) coefficients, in QR order.</param>
/// <param name="InverseFactor">M's upper triangle packed by columns: for k = 0..r−1, rows j = 0..k.</param>
public sealed record IntervalSpec(
    double ResidualVariance,
    int DegreesOfFreedom,
    IReadOnlyList<int> KeptColumns,
    IReadOnlyList<double> InverseFactor
);
