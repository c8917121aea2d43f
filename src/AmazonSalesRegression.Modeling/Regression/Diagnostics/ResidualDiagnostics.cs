using MathNet.Numerics.LinearAlgebra;

namespace AmazonSalesRegression.Regression.Diagnostics;

/// <summary>The residual statistics that statsmodels prints under its coefficient table.</summary>
/// <param name="DurbinWatson">Durbin-Watson statistic (residuals in data order).</param>
/// <param name="JarqueBera">Jarque-Bera normality test.</param>
/// <param name="Omnibus">D'Agostino-Pearson omnibus normality test.</param>
/// <param name="Skewness">Skewness of the residuals.</param>
/// <param name="Kurtosis">Pearson kurtosis of the residuals (3 for normal errors).</param>
/// <param name="ConditionNumber">√(λmax/λmin) of XᵀX over the estimated columns, as statsmodels reports it: large values (over 30 after scaling, or huge raw values) warn of collinearity or bad scaling.</param>
/// <param name="ScaledConditionNumber">The same after scaling every column to unit length (Belsley, Kuh and Welsch), which separates collinearity from mere units.</param>
// References:
//   Belsley, D. A., Kuh, E. & Welsch, R. E. (1980). Regression Diagnostics, ch. 3. Wiley.
public sealed record ResidualDiagnostics(
    double DurbinWatson,
    TestStatistic JarqueBera,
    TestStatistic Omnibus,
    double Skewness,
    double Kurtosis,
    double ConditionNumber,
    double ScaledConditionNumber
)
{
    /// <summary>Computes the statistics of <paramref name="fit"/>.</summary>
    public static ResidualDiagnostics Of(OlsResult fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var residuals = fit.Residuals.AsSpan();
        var moments = ResidualMoments.Of(residuals);
        var (raw, scaled) = ConditionNumbers(fit.Solution);
        return new ResidualDiagnostics(
            SerialCorrelation.DurbinWatson(residuals),
            NormalityTests.JarqueBera(residuals),
            residuals.Length >= 8 ? NormalityTests.Omnibus(residuals) : new TestStatistic("Omnibus", double.NaN, double.NaN, 2),
            moments.Skewness,
            moments.Kurtosis,
            raw,
            scaled
        );
    }

    private static (double Raw, double Scaled) ConditionNumbers(LeastSquaresSolution solution)
    {
        var kept = Enumerable.Range(0, solution.Design.ColumnCount).Where(j => !solution.IsAliased[j]).ToArray();
        var inverse = solution.InverseGram();
        var norms = kept.Select(j => Math.Sqrt(SumOfSquares(solution.Design.Column(j)))).ToArray();
        return ConditionNumbers((a, b) => inverse[kept[a], kept[b]], norms);
    }

    /// <summary>
    /// √(λmax/λmin) of XᵀX over the kept columns, raw and with every column scaled to unit length, from (XᵀX)⁻¹ (the
    /// eigenvalues of the inverse are the reciprocals, so the ratio is the same) and the column norms ‖X_j‖.
    /// </summary>
    /// <param name="inverse">(XᵀX)⁻¹ over the kept columns, by kept index.</param>
    /// <param name="norms">‖X_j‖ of each kept column.</param>
    internal static (double Raw, double Scaled) ConditionNumbers(Func<int, int, double> inverse, IReadOnlyList<double> norms)
    {
        var k = norms.Count;
        var raw = Matrix<double>.Build.Dense(k, k, inverse);
        var scaled = Matrix<double>.Build.Dense(k, k, (a, b) => inverse(a, b) * norms[a] * norms[b]);
        return (Ratio(raw), Ratio(scaled));
    }

    private static double Ratio(Matrix<double> symmetric)
    {
        var eigenvalues = symmetric.Evd(Symmetricity.Symmetric).EigenValues.Select(v => v.Real).ToArray();
        return Math.Sqrt(eigenvalues.Max() / eigenvalues.Min());
    }

    private static double SumOfSquares(ReadOnlySpan<double> column)
    {
        var sum = 0.0;
        foreach (var v in column)
        {
            sum += v * v;
        }

        return sum;
    }
}
