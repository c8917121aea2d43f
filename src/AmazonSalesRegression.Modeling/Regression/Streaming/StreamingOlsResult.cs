using AmazonSalesRegression.Numerics;

namespace AmazonSalesRegression.Regression.Streaming;

/// <summary>The result of a <see cref="StreamingOls"/> fit: the coefficient table and the model statistics, as <see cref="OlsResult"/> reports them.</summary>
/// <param name="Names">Coefficient names, the intercept first when present.</param>
/// <param name="Coefficients">The coefficient table (Student t with the residual degrees of freedom); aliased rows have NaN values.</param>
/// <param name="Statistics">R², F, likelihood and information criteria.</param>
/// <param name="AliasedColumns">Names of the aliased columns.</param>
public sealed record StreamingOlsResult(
    IReadOnlyList<string> Names,
    IReadOnlyList<CoefficientEstimate> Coefficients,
    FitStatistics Statistics,
    IReadOnlyList<string> AliasedColumns
)
{
    /// <summary>Whether the model has an intercept (the first name).</summary>
    public bool HasIntercept { get; internal init; }

    /// <summary>Coverage of the coefficient intervals.</summary>
    public double ConfidenceLevel { get; internal init; }

    /// <summary>Indices (into <see cref="Names"/>) of the estimated columns, increasing.</summary>
    internal IReadOnlyList<int> Kept { get; init; } = [];

    /// <summary>The estimated coefficients in <see cref="Kept"/> order.</summary>
    internal double[] KeptCoefficients { get; init; } = [];

    /// <summary>R⁻¹ of the kept columns (rank×rank, column-major, upper triangular): (XᵀX)⁻¹ = R⁻¹R⁻ᵀ.</summary>
    internal double[] InverseTriangle { get; init; } = [];

    /// <summary>‖X_j‖ of each kept column, for the scaled condition number.</summary>
    internal double[] ColumnNorms { get; init; } = [];

    /// <summary>ȳ in double-double, the centre of the total sum of squares.</summary>
    internal DoubleDouble ResponseMean { get; init; }

    internal static StreamingOlsResult FromTriangle(StreamingOls fit, double[] r, List<int> kept, double tss, double level, double[] norms)
    {
        var k = kept.Count + 1;
        var rank = kept.Count;
        var rss = r[(k - 1) + ((k - 1) * k)] * r[(k - 1) + ((k - 1) * k)];
        var statistics = new FitStatistics(fit.Rows, rank, fit.HasIntercept, rss, tss);

        // Back substitution for b, and the rows of R⁻¹ for diag((XᵀX)⁻¹) = Σ_j (R⁻¹)ᵢⱼ².
        var beta = new double[rank];
        for (var i = rank - 1; i >= 0; i--)
        {
            var s = r[i + ((k - 1) * k)];
            for (var j = i + 1; j < rank; j++)
            {
                s -= r[i + (j * k)] * beta[j];
            }

            beta[i] = s / r[i + (i * k)];
        }

        var inverse = new double[rank * rank];
        for (var c = 0; c < rank; c++)
        {
            inverse[c + (c * rank)] = 1.0 / r[c + (c * k)];
            for (var i = c - 1; i >= 0; i--)
            {
                var s = 0.0;
                for (var j = i + 1; j <= c; j++)
                {
                    s += r[i + (j * k)] * inverse[j + (c * rank)];
                }

                inverse[i + (c * rank)] = -s / r[i + (i * k)];
            }
        }

        var p = fit.Names.Count;
        var estimates = Enumerable.Repeat(double.NaN, p).ToArray();
        var errors = Enumerable.Repeat(double.NaN, p).ToArray();
        var aliased = Enumerable.Repeat(true, p).ToArray();
        for (var a = 0; a < rank; a++)
        {
            var d = 0.0;
            for (var c = a; c < rank; c++)
            {
                d += inverse[a + (c * rank)] * inverse[a + (c * rank)];
            }

            estimates[kept[a]] = beta[a];
            errors[kept[a]] = statistics.ResidualStandardError * Math.Sqrt(d);
            aliased[kept[a]] = false;
        }

        var table = CoefficientEstimate.Table(
            fit.Names,
            estimates,
            errors,
            aliased,
            ReferenceDistribution.StudentT,
            statistics.DegreesOfFreedomResidual,
            level
        );
        return new StreamingOlsResult(fit.Names, table, statistics, [.. fit.Names.Where((_, j) => aliased[j])])
        {
            HasIntercept = fit.HasIntercept,
            ConfidenceLevel = level,
            Kept = kept,
            KeptCoefficients = beta,
            InverseTriangle = inverse,
            ColumnNorms = norms,
        };
    }
}
