using System.Collections.Immutable;
using AmazonSalesRegression.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace AmazonSalesRegression.Regression;

/// <summary>
/// An ordinary least-squares fit and its classical inference, with R's <c>summary.lm</c> / statsmodels
/// <c>OLSResults</c> conventions. With an intercept, R² and F use the centred total sum of squares; without
/// one, the uncentred Σy² and the F test of all coefficients. Aliased columns are reported (NaN estimates,
/// <see cref="CoefficientEstimate.IsAliased"/>) and excluded from the degrees of freedom.
/// </summary>
public sealed partial record OlsResult
{
    private readonly Lazy<ImmutableArray<double>> _leverage;
    private readonly double[] _inverseGramDiagonal;

    internal OlsResult(LeastSquaresSolution solution, ReadOnlyMemory<double> y, bool hasIntercept, double confidenceLevel)
    {
        Solution = solution;
        HasIntercept = hasIntercept;
        ConfidenceLevel = confidenceLevel;
        Observations = solution.Design.Rows;
        var tss = hasIntercept ? CentredSumOfSquares(y.Span) : CompensatedSums.SumOfSquares(y.Span).ToDouble();
        Statistics = new FitStatistics(Observations, solution.Rank, hasIntercept, solution.ResidualSumOfSquares, tss);
        _inverseGramDiagonal = solution.InverseGramDiagonal();
        Coefficients = GetCoefficients(confidenceLevel);
        AliasedColumns = [.. Names.Where((_, j) => solution.IsAliased[j])];
        _leverage = new Lazy<ImmutableArray<double>>(solution.ComputeLeverage);
    }

    /// <summary>The model-level statistics (sums of squares, R², F, likelihood), shared with the streaming fit.</summary>
    public FitStatistics Statistics { get; }

    /// <summary>The least-squares solution underneath (rank, condition number, arithmetic used).</summary>
    public LeastSquaresSolution Solution { get; }

    /// <summary>Coefficient names in design order, the intercept first when present.</summary>
    public IReadOnlyList<string> Names => Solution.Design.Names;

    /// <summary>Whether the model has an intercept (column <see cref="DesignMatrix.InterceptName"/>).</summary>
    public bool HasIntercept { get; }

    /// <summary>Number of observations n.</summary>
    public int Observations { get; }

    /// <summary>Number of estimated (non-aliased) coefficients.</summary>
    public int Rank => Solution.Rank;

    /// <summary>Residual degrees of freedom n − rank.</summary>
    public int DegreesOfFreedomResidual => (int)Statistics.DegreesOfFreedomResidual;

    /// <summary>Model degrees of freedom: rank − 1 with an intercept, rank without.</summary>
    public int DegreesOfFreedomModel => Statistics.DegreesOfFreedomModel;

    /// <summary>Coverage of the intervals in <see cref="Coefficients"/>.</summary>
    public double ConfidenceLevel { get; }

    /// <summary>The coefficient table (Student t with the residual degrees of freedom), aliased rows included.</summary>
    public IReadOnlyList<CoefficientEstimate> Coefficients { get; }

    /// <summary>Names of the aliased columns (R's NA coefficients), in the order they were found.</summary>
    public IReadOnlyList<string> AliasedColumns { get; }

    /// <summary>Σ eᵢ².</summary>
    public double ResidualSumOfSquares => Statistics.ResidualSumOfSquares;

    /// <summary>Σ (yᵢ − ȳ)² with an intercept, Σ yᵢ² without.</summary>
    public double TotalSumOfSquares => Statistics.TotalSumOfSquares;

    /// <summary><see cref="TotalSumOfSquares"/> − <see cref="ResidualSumOfSquares"/>.</summary>
    public double ExplainedSumOfSquares => Statistics.ExplainedSumOfSquares;

    /// <summary>1 − RSS/TSS (uncentred without an intercept, as in R and statsmodels).</summary>
    public double RSquared => Statistics.RSquared;

    /// <summary>1 − (n − k₀)/(n − rank)·(1 − R²), with k₀ = 1 with an intercept and 0 without.</summary>
    public double AdjustedRSquared => Statistics.AdjustedRSquared;

    /// <summary>s = √(RSS/(n − rank)), R's "residual standard error".</summary>
    public double ResidualStandardError => Statistics.ResidualStandardError;

    /// <summary>(ESS/df_model)/(RSS/df_residual); NaN when the model has no regressor besides the intercept.</summary>
    public double FStatistic => Statistics.FStatistic;

    /// <summary>P(F(df_model, df_residual) ≥ <see cref="FStatistic"/>).</summary>
    public double FPValue => Statistics.FPValue;

    /// <summary>Gaussian log-likelihood at the maximum-likelihood σ̂² = RSS/n: −n/2·(ln 2π + ln(RSS/n) + 1).</summary>
    public double LogLikelihood => Statistics.LogLikelihood;

    /// <summary>AIC with the statsmodels convention (the default): −2ℓ + 2·rank.</summary>
    public double Aic => GetAic(InformationCriterionConvention.Statsmodels);

    /// <summary>BIC with the statsmodels convention (the default): −2ℓ + rank·ln n.</summary>
    public double Bic => GetBic(InformationCriterionConvention.Statsmodels);

    /// <summary>AIC with R's convention: −2ℓ + 2·(rank + 1).</summary>
    public double AicR => GetAic(InformationCriterionConvention.R);

    /// <summary>BIC with R's convention: −2ℓ + (rank + 1)·ln n.</summary>
    public double BicR => GetBic(InformationCriterionConvention.R);

    /// <summary>Fitted values ŷ = Xb.</summary>
    public ImmutableArray<double> FittedValues => Solution.FittedValues;

    /// <summary>Residuals e = y − ŷ.</summary>
    public ImmutableArray<double> Residuals => Solution.Residuals;

    /// <summary>Leverages hᵢ (hat diagonal) from the rows of Q, computed on first use in O(n·rank²).</summary>
    public ImmutableArray<double> Leverage => _leverage.Value;

    /// <summary>Akaike's information criterion −2ℓ + 2k.</summary>
    /// <param name="convention">Which parameter count k to use.</param>
    /// <returns>The criterion.</returns>
    public double GetAic(InformationCriterionConvention convention) => Statistics.GetAic(convention);

    /// <summary>Schwarz's Bayesian information criterion −2ℓ + k·ln n.</summary>
    /// <param name="convention">Which parameter count k to use.</param>
    /// <returns>The criterion.</returns>
    public double GetBic(InformationCriterionConvention convention) => Statistics.GetBic(convention);

    /// <summary>The coefficient table at another confidence level.</summary>
    /// <param name="level">Coverage in (0, 1).</param>
    /// <returns>One row per design column.</returns>
    public IReadOnlyList<CoefficientEstimate> GetCoefficients(double level)
    {
        var standardErrors = _inverseGramDiagonal.Select(d => ResidualStandardError * Math.Sqrt(d)).ToArray();
        return Table(standardErrors, ReferenceDistribution.StudentT, level);
    }

    /// <summary>The classical covariance matrix s²(XᵀX)⁻¹; rows and columns of aliased coefficients are NaN.</summary>
    /// <returns>A new p×p matrix.</returns>
    public Matrix<double> GetCovarianceMatrix()
    {
        var s2 = ResidualStandardError * ResidualStandardError;
        return Matrix<double>.Build.DenseOfArray(Solution.InverseGram()).Multiply(s2);
    }

    private IReadOnlyList<CoefficientEstimate> Table(double[] standardErrors, ReferenceDistribution distribution, double level) =>
        CoefficientEstimate.Table(
            Names,
            Solution.Coefficients.AsSpan(),
            standardErrors,
            Solution.IsAliased.AsSpan(),
            distribution,
            DegreesOfFreedomResidual,
            level
        );

    private static double CentredSumOfSquares(ReadOnlySpan<double> y)
    {
        var sum = DoubleDouble.Zero;
        foreach (var v in y)
        {
            sum += v;
        }

        var mean = sum / y.Length;
        var deviations = new double[y.Length];
        for (var i = 0; i < y.Length; i++)
        {
            deviations[i] = (y[i] - mean).ToDouble();
        }

        return CompensatedSums.SumOfSquares(deviations).ToDouble();
    }
}
