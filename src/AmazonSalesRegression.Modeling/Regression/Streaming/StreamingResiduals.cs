using AmazonSalesRegression.Numerics;

namespace AmazonSalesRegression.Regression.Streaming;

/// <summary>
/// The second pass of a streaming fit: the rows are read again, in their original order, with the coefficients of a
/// <see cref="StreamingOlsResult"/> known, and everything that needs the residuals eᵢ = yᵢ − xᵢᵀb is accumulated in
/// memory that does not grow with the rows. Objective: the same residual statistics as the in-memory
/// <see cref="OlsResult"/> (RSS and TSS, Durbin-Watson, skewness, kurtosis, Jarque-Bera, omnibus, and the HC0–HC3
/// and one-way cluster sandwiches) without holding the residuals.
/// </summary>
/// <remarks>
/// <para>
/// Residuals, RSS and the centred TSS are accumulated in double-double as the in-memory fit computes them. Durbin-Watson
/// needs consecutive residuals only (one is kept). Skewness and kurtosis use the one-pass central-moment updates of
/// Pébay (M₂, M₃, M₄ about the running mean), so no residual mean is needed beforehand.
/// </para>
/// <para>
/// Robust covariances work in the coordinates qᵢ = R⁻ᵀxᵢ of the rows of Q₁ = XR⁻¹ (over the kept columns): the leverage
/// is hᵢ = ‖qᵢ‖², the HC meat is Σ ωᵢqᵢqᵢᵀ and the cluster meat Σ_g s_g s_gᵀ with s_g = Σ_{i∈g} eᵢqᵢ; the covariance is
/// R⁻¹·meat·R⁻ᵀ. Memory: O(rank²), plus O(rank) per cluster.
/// </para>
/// </remarks>
// References:
//   P. Pébay (2008), Formulas for robust, one-pass parallel computation of covariances and arbitrary-order statistical
//     moments, Sandia report SAND2008-6212 (the update of M₂, M₃ and M₄ by one value).
//   H. White (1980), A heteroskedasticity-consistent covariance matrix estimator and a direct test for
//     heteroskedasticity, Econometrica 48(4), 817-838; J. G. MacKinnon, H. White (1985), J. Econometrics 29, 305-325 (HC1–HC3).
//   K.-Y. Liang, S. L. Zeger (1986), Biometrika 73(1), 13-22 (cluster-robust covariance).
public sealed partial class StreamingResiduals
{
    private readonly StreamingOlsResult _fit;
    private readonly HeteroscedasticityConsistentType? _robust;
    private readonly Dictionary<string, double[]>? _clusters;
    private readonly int _rank;
    private readonly double[] _keptValues;
    private readonly double[] _q;
    private readonly double[] _meat;
    private DoubleDouble _rss;
    private DoubleDouble _tss;
    private DoubleDouble _squaredDifferences;
    private double _previous;
    private double _first;
    private double _mean;
    private double _m2;
    private double _m3;
    private double _m4;

    /// <summary>Starts the second pass of <paramref name="fit"/>.</summary>
    /// <param name="fit">The first pass's result.</param>
    /// <param name="robust">The heteroscedasticity-consistent meat to accumulate, if any.</param>
    /// <param name="clusters">Whether to accumulate per-cluster score sums (then every row needs a cluster label).</param>
    public StreamingResiduals(StreamingOlsResult fit, HeteroscedasticityConsistentType? robust = null, bool clusters = false)
    {
        ArgumentNullException.ThrowIfNull(fit);
        _fit = fit;
        _robust = robust;
        _clusters = clusters ? new Dictionary<string, double[]>(StringComparer.Ordinal) : null;
        _rank = fit.Kept.Count;
        _keptValues = new double[_rank];
        _q = new double[_rank];
        _meat = new double[_rank * _rank];
    }

    /// <summary>Rows added so far.</summary>
    public long Rows { get; private set; }

    /// <summary>Adds the next row, in the order of the file.</summary>
    /// <param name="predictors">One value per predictor, as given to <see cref="StreamingOls.Add"/>.</param>
    /// <param name="y">The response.</param>
    /// <param name="cluster">The row's cluster label when clusters are accumulated.</param>
    public void Add(ReadOnlySpan<double> predictors, double y, string? cluster = null)
    {
        var offset = _fit.HasIntercept ? 1 : 0;
        var fitted = DoubleDouble.Zero;
        for (var a = 0; a < _rank; a++)
        {
            var j = _fit.Kept[a];
            var x = j < offset ? 1.0 : predictors[j - offset];
            _keptValues[a] = x;
            fitted += (DoubleDouble)x * _fit.KeptCoefficients[a];
        }

        var e = ((DoubleDouble)y - fitted).ToDouble();
        _rss += (DoubleDouble)e * e;
        var deviation = _fit.HasIntercept ? ((DoubleDouble)y - _fit.ResponseMean).ToDouble() : y;
        _tss += (DoubleDouble)deviation * deviation;
        if (Rows > 0)
        {
            var difference = e - _previous;
            _squaredDifferences += (DoubleDouble)difference * difference;
        }
        else
        {
            _first = e;
        }

        _previous = e;
        AddMoment(e);
        if (_robust is not null || _clusters is not null)
        {
            AddScores(e, cluster);
        }
    }

    private void AddMoment(double e)
    {
        var n1 = (double)Rows;
        Rows++;
        var n = (double)Rows;
        var delta = e - _mean;
        var deltaN = delta / n;
        var deltaN2 = deltaN * deltaN;
        var term = delta * deltaN * n1;
        _mean += deltaN;
        _m4 += (term * deltaN2 * ((n * n) - (3 * n) + 3)) + (6 * deltaN2 * _m2) - (4 * deltaN * _m3);
        _m3 += (term * deltaN * (n - 2)) - (3 * deltaN * _m2);
        _m2 += term;
    }

    private void AddScores(double e, string? cluster)
    {
        // q = R⁻ᵀx: (R⁻ᵀx)_c = Σ_{a ≤ c} (R⁻¹)_{ac} x_a.
        var inverse = _fit.InverseTriangle;
        var leverage = 0.0;
        for (var c = 0; c < _rank; c++)
        {
            var s = 0.0;
            for (var a = 0; a <= c; a++)
            {
                s += inverse[a + (c * _rank)] * _keptValues[a];
            }

            _q[c] = s;
            leverage += s * s;
        }

        if (_robust is { } type)
        {
            var e2 = e * e;
            var weight = type switch
            {
                HeteroscedasticityConsistentType.HC2 => e2 / (1.0 - leverage),
                HeteroscedasticityConsistentType.HC3 => e2 / ((1.0 - leverage) * (1.0 - leverage)),
                _ => e2,
            };
            for (var c = 0; c < _rank; c++)
            {
                var wc = weight * _q[c];
                for (var a = 0; a <= c; a++)
                {
                    _meat[a + (c * _rank)] += wc * _q[a];
                }
            }
        }

        if (_clusters is not null)
        {
            ArgumentNullException.ThrowIfNull(cluster);
            if (!_clusters.TryGetValue(cluster, out var sum))
            {
                sum = new double[_rank];
                _clusters.Add(cluster, sum);
            }

            for (var c = 0; c < _rank; c++)
            {
                sum[c] += e * _q[c];
            }
        }
    }
}
