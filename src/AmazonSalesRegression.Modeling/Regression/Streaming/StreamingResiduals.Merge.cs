namespace AmazonSalesRegression.Regression.Streaming;

/// <summary>Combining the residual passes of consecutive row blocks, so that blocks can be read in parallel.</summary>
public sealed partial class StreamingResiduals
{
    /// <summary>
    /// Adds the rows of <paramref name="next"/>, the pass over the rows that follow this pass's rows in the file (same
    /// fit, same options), as if they had been added here. Sums add; Durbin-Watson gains the one difference across the
    /// boundary; the central moments merge by Pébay's pairwise formulas (with δ = ē_B − ē_A):
    /// M₂ = M₂ᴬ + M₂ᴮ + δ²n_An_B/n, M₃ = M₃ᴬ + M₃ᴮ + δ³n_An_B(n_A − n_B)/n² + 3δ(n_AM₂ᴮ − n_BM₂ᴬ)/n,
    /// M₄ = M₄ᴬ + M₄ᴮ + δ⁴n_An_B(n_A² − n_An_B + n_B²)/n³ + 6δ²(n_A²M₂ᴮ + n_B²M₂ᴬ)/n² + 4δ(n_AM₃ᴮ − n_BM₃ᴬ)/n.
    /// </summary>
    /// <param name="next">The pass over the following rows; it is left unchanged.</param>
    // References:
    //   P. Pébay (2008), SAND2008-6212, eq. (3.1) (pairwise update of arbitrary-order central moments).
    public void Merge(StreamingResiduals next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (next.Rows == 0)
        {
            return;
        }

        if (Rows == 0)
        {
            _first = next._first;
        }
        else
        {
            var difference = next._first - _previous;
            _squaredDifferences += (Numerics.DoubleDouble)difference * difference;
        }

        _squaredDifferences += next._squaredDifferences;
        _rss += next._rss;
        _tss += next._tss;
        _previous = next._previous;
        MergeMoments(next);
        for (var j = 0; j < _meat.Length; j++)
        {
            _meat[j] += next._meat[j];
        }

        if (_clusters is not null && next._clusters is not null)
        {
            foreach (var (label, sum) in next._clusters)
            {
                if (_clusters.TryGetValue(label, out var mine))
                {
                    for (var c = 0; c < _rank; c++)
                    {
                        mine[c] += sum[c];
                    }
                }
                else
                {
                    _clusters.Add(label, (double[])sum.Clone());
                }
            }
        }
    }

    /// <summary>
    /// Merges the clusters whose labels <paramref name="label"/> maps to the same label, e.g. <c>1</c> and <c>1.0</c>
    /// of a numeric column: the score sums add, so merging after the pass is exact. Clusters keep the order of their
    /// first row.
    /// </summary>
    /// <param name="label">The label a cluster's label stands for.</param>
    public void MergeClusters(Func<string, string> label)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (_clusters is null)
        {
            return;
        }

        var merged = new Dictionary<string, double[]>(_clusters.Count, StringComparer.Ordinal);
        foreach (var (written, sum) in _clusters)
        {
            if (merged.TryGetValue(label(written), out var mine))
            {
                for (var c = 0; c < _rank; c++)
                {
                    mine[c] += sum[c];
                }
            }
            else
            {
                merged.Add(label(written), sum);
            }
        }

        _clusters.Clear();
        foreach (var (key, sum) in merged)
        {
            _clusters.Add(key, sum);
        }
    }

    private void MergeMoments(StreamingResiduals next)
    {
        double na = Rows,
            nb = next.Rows;
        var n = na + nb;
        var delta = next._mean - _mean;
        var d2 = delta * delta;
        var m4 =
            _m4
            + next._m4
            + (d2 * d2 * na * nb * ((na * na) - (na * nb) + (nb * nb)) / (n * n * n))
            + (6 * d2 * ((na * na * next._m2) + (nb * nb * _m2)) / (n * n))
            + (4 * delta * ((na * next._m3) - (nb * _m3)) / n);
        var m3 = _m3 + next._m3 + (d2 * delta * na * nb * (na - nb) / (n * n)) + (3 * delta * ((na * next._m2) - (nb * _m2)) / n);
        _m2 += next._m2 + (d2 * na * nb / n);
        _m3 = m3;
        _m4 = m4;
        _mean += delta * nb / n;
        Rows += next.Rows;
    }
}
