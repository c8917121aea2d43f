namespace AmazonSalesRegression.Regression.Diagnostics;

/// <summary>Per-observation influence: studentized residuals and Cook's distance, in closed form from the residuals and the leverages (no refits).</summary>
/// <param name="Leverage">Diagonal hᵢ of the hat matrix.</param>
/// <param name="StudentizedInternal">rᵢ = eᵢ / (s·√(1 − hᵢ)).</param>
/// <param name="StudentizedExternal">tᵢ = rᵢ·√((n − p − 1) / (n − p − rᵢ²)): the residual studentized with the scale estimated without observation i.</param>
/// <param name="CooksDistance">Dᵢ = rᵢ² / p · hᵢ / (1 − hᵢ).</param>
// References:
//   Cook, R. D. (1977). Detection of influential observation in linear regression. Technometrics 19(1), 15-18.
//   Belsley, D. A., Kuh, E. & Welsch, R. E. (1980). Regression Diagnostics, ch. 2. Wiley.
public sealed record InfluenceMeasures(
    double[] Leverage,
    double[] StudentizedInternal,
    double[] StudentizedExternal,
    double[] CooksDistance
)
{
    /// <summary>Computes the measures for a fit with <paramref name="rank"/> estimated coefficients.</summary>
    /// <param name="residuals">Residuals eᵢ.</param>
    /// <param name="leverage">Leverages hᵢ.</param>
    /// <param name="residualStandardError">s = √(RSS / (n − p)).</param>
    /// <param name="rank">p, the number of estimated (non-aliased) coefficients.</param>
    public static InfluenceMeasures Compute(
        ReadOnlySpan<double> residuals,
        ReadOnlySpan<double> leverage,
        double residualStandardError,
        int rank
    )
    {
        if (residuals.Length != leverage.Length)
        {
            throw new ArgumentException($"{residuals.Length} residuals but {leverage.Length} leverages.", nameof(leverage));
        }

        var n = residuals.Length;
        var dfResidual = n - rank;
        var internalR = new double[n];
        var externalR = new double[n];
        var cooks = new double[n];
        for (var i = 0; i < n; i++)
        {
            var h = leverage[i];
            var r = residuals[i] / (residualStandardError * Math.Sqrt(1 - h));
            internalR[i] = r;
            externalR[i] = r * Math.Sqrt((dfResidual - 1) / (dfResidual - (r * r)));
            cooks[i] = r * r / rank * h / (1 - h);
        }

        return new InfluenceMeasures(leverage.ToArray(), internalR, externalR, cooks);
    }
}
