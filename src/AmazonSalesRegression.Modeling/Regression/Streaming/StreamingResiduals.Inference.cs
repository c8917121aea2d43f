using AmazonSalesRegression.Regression.Diagnostics;

namespace AmazonSalesRegression.Regression.Streaming;

/// <summary>The statistics of the second pass, once every row was added.</summary>
public sealed partial class StreamingResiduals
{
    /// <summary>Number of distinct cluster labels seen (0 when clusters are not accumulated).</summary>
    public int ClusterCount => _clusters?.Count ?? 0;

    /// <summary>The model statistics with RSS = Σeᵢ² and TSS of this pass, summed as the in-memory fit sums them.</summary>
    public FitStatistics Statistics() => new(Rows, _rank, _fit.HasIntercept, _rss.ToDouble(), _tss.ToDouble());

    /// <summary>The classical coefficient table s²(XᵀX)⁻¹ with <see cref="Statistics"/>' s (Student t, n − rank df).</summary>
    public IReadOnlyList<CoefficientEstimate> Coefficients()
    {
        var statistics = Statistics();
        var errors = Enumerable.Repeat(double.NaN, _fit.Names.Count).ToArray();
        for (var a = 0; a < _rank; a++)
        {
            var d = 0.0;
            for (var c = a; c < _rank; c++)
            {
                d += _fit.InverseTriangle[a + (c * _rank)] * _fit.InverseTriangle[a + (c * _rank)];
            }

            errors[_fit.Kept[a]] = statistics.ResidualStandardError * Math.Sqrt(d);
        }

        return Table(errors, ReferenceDistribution.StudentT, statistics.DegreesOfFreedomResidual, _fit.ConfidenceLevel);
    }

    /// <summary>Durbin-Watson, Jarque-Bera, omnibus, skewness, kurtosis and the condition numbers, as <see cref="ResidualDiagnostics.Of"/>.</summary>
    public ResidualDiagnostics Diagnostics()
    {
        var moments = new ResidualMoments(Math.Sqrt(Rows) * _m3 / Math.Pow(_m2, 1.5), Rows * _m4 / (_m2 * _m2));
        var inverse = _fit.InverseTriangle;
        var (raw, scaled) = ResidualDiagnostics.ConditionNumbers(
            (a, b) =>
            {
                var s = 0.0;
                for (var k = Math.Max(a, b); k < _rank; k++)
                {
                    s += inverse[a + (k * _rank)] * inverse[b + (k * _rank)];
                }

                return s;
            },
            _fit.ColumnNorms
        );
        return new ResidualDiagnostics(
            _squaredDifferences.ToDouble() / _rss.ToDouble(),
            NormalityTests.JarqueBera(Rows, moments),
            Rows >= 8 ? NormalityTests.Omnibus(Rows, moments) : new TestStatistic("Omnibus", double.NaN, double.NaN, 2),
            moments.Skewness,
            moments.Kurtosis,
            raw,
            scaled
        );
    }

    /// <summary>The heteroscedasticity-consistent inference of the type given at construction, as <see cref="OlsResult.GetRobustInference"/>.</summary>
    /// <param name="distribution">Reference distribution of statistics, p-values and intervals.</param>
    /// <exception cref="InvalidOperationException">No robust meat was accumulated.</exception>
    public RobustInference Robust(ReferenceDistribution distribution)
    {
        var type = _robust ?? throw new InvalidOperationException("This pass was started without a robust covariance type.");
        var scale = type == HeteroscedasticityConsistentType.HC1 ? (double)Rows / (Rows - _rank) : 1.0;
        var meat = Symmetric(_meat, scale);
        var covariance = Sandwich(meat);
        var (wald, q) = Wald(covariance);
        var df = Rows - _rank;
        return new RobustInference(
            type,
            distribution,
            Table(StandardErrors(covariance), distribution, df, _fit.ConfidenceLevel),
            covariance,
            wald,
            q,
            ReferenceTails.FUpper(wald, q, df)
        );
    }

    /// <summary>
    /// The one-way cluster-robust inference, as <see cref="OlsResult.GetClusterRobustInference{TCluster}"/> with the
    /// small-sample correction c = G/(G − 1)·(n − 1)/(n − rank) and G − 1 degrees of freedom.
    /// </summary>
    /// <param name="distribution">Reference distribution of statistics, p-values and intervals.</param>
    /// <exception cref="InvalidOperationException">No cluster sums were accumulated, or there are fewer than two clusters.</exception>
    public ClusterRobustInference Cluster(ReferenceDistribution distribution)
    {
        if (_clusters is null || _clusters.Count < 2)
        {
            throw new InvalidOperationException("Cluster-robust inference needs cluster sums of at least two clusters.");
        }

        var count = _clusters.Count;
        var correction = (double)count / (count - 1) * (Rows - 1.0) / (Rows - _rank);
        var meat = new double[_rank * _rank];
        foreach (var sum in _clusters.Values)
        {
            for (var a = 0; a < _rank; a++)
            {
                for (var c = 0; c < _rank; c++)
                {
                    meat[a + (c * _rank)] += sum[a] * sum[c];
                }
            }
        }

        for (var j = 0; j < meat.Length; j++)
        {
            meat[j] *= correction;
        }

        var covariance = Sandwich(meat);
        var (wald, q) = Wald(covariance);
        if (q > count - 1)
        {
            wald = double.NaN;
        }

        return new ClusterRobustInference(
            count,
            correction,
            distribution,
            Table(StandardErrors(covariance), distribution, count - 1, _fit.ConfidenceLevel),
            covariance,
            wald,
            q,
            ReferenceTails.FUpper(wald, q, count - 1)
        );
    }

    private double[] Symmetric(double[] upper, double scale)
    {
        var full = new double[upper.Length];
        for (var c = 0; c < _rank; c++)
        {
            for (var a = 0; a <= c; a++)
            {
                full[a + (c * _rank)] = upper[a + (c * _rank)] * scale;
                full[c + (a * _rank)] = upper[a + (c * _rank)] * scale;
            }
        }

        return full;
    }

    // R⁻¹·meat·R⁻ᵀ over the kept columns, placed in a p×p matrix whose aliased rows and columns are NaN.
    private double[,] Sandwich(double[] meat)
    {
        var inverse = _fit.InverseTriangle;
        var left = new double[_rank * _rank];
        for (var a = 0; a < _rank; a++)
        {
            for (var c = 0; c < _rank; c++)
            {
                var s = 0.0;
                for (var k = a; k < _rank; k++)
                {
                    s += inverse[a + (k * _rank)] * meat[k + (c * _rank)];
                }

                left[a + (c * _rank)] = s;
            }
        }

        var p = _fit.Names.Count;
        var result = new double[p, p];
        for (var a = 0; a < p; a++)
        {
            for (var c = 0; c < p; c++)
            {
                result[a, c] = double.NaN;
            }
        }

        for (var a = 0; a < _rank; a++)
        {
            for (var c = 0; c < _rank; c++)
            {
                var s = 0.0;
                for (var k = c; k < _rank; k++)
                {
                    s += left[a + (k * _rank)] * inverse[c + (k * _rank)];
                }

                result[_fit.Kept[a], _fit.Kept[c]] = s;
            }
        }

        return result;
    }

    private (double Statistic, int Restrictions) Wald(double[,] covariance) =>
        RobustWald.AllSlopes(covariance, _fit.Kept, Estimates(), _fit.HasIntercept);

    private double[] StandardErrors(double[,] covariance) =>
        [.. Enumerable.Range(0, _fit.Names.Count).Select(j => Math.Sqrt(covariance[j, j]))];

    private double[] Estimates()
    {
        var estimates = Enumerable.Repeat(double.NaN, _fit.Names.Count).ToArray();
        for (var a = 0; a < _rank; a++)
        {
            estimates[_fit.Kept[a]] = _fit.KeptCoefficients[a];
        }

        return estimates;
    }

    private List<CoefficientEstimate> Table(double[] errors, ReferenceDistribution distribution, double df, double level)
    {
        var aliased = Enumerable.Repeat(true, _fit.Names.Count).ToArray();
        foreach (var j in _fit.Kept)
        {
            aliased[j] = false;
        }

        return CoefficientEstimate.Table(_fit.Names, Estimates(), errors, aliased, distribution, df, level);
    }
}
