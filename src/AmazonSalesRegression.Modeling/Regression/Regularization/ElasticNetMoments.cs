namespace AmazonSalesRegression.Regression.Regularization;

/// <summary>
/// Streaming sums that determine a Gaussian elastic net with an intercept and its squared prediction error: the row
/// count, the means of the predictors and of y, the centred cross-products of [x | y], and the predictors' minima and
/// maxima (a constant column is left out of the fit). Rows are added one at a time, in memory that does not grow with them.
/// </summary>
/// <remarks>
/// Rows are buffered in chunks of <see cref="ChunkRows"/>. A full chunk's means and centred cross-products are computed
/// exactly from the chunk (its mean first, then the products of the deviations from it) and merged into the running
/// totals by the pairwise update of Chan, Golub and LeVeque: with n = n_a + n_b and δ = m_b − m_a, the mean is
/// m_a + δ·n_b/n and the centred cross-products C_a + C_b + δδᵀ·n_a·n_b/n. Parts of a file read in parallel, and the
/// folds of a cross-validation, merge the same way (<see cref="Merge"/>). No raw sum of squares is ever formed, so
/// nothing cancels when the means are large next to the spread, and the rounding error grows with the number of chunks
/// rather than of rows.
/// </remarks>
// References:
//   Welford, B. P. (1962). Note on a method for calculating corrected sums of squares and products.
//     Technometrics 4(3), 419–420.
//   Chan, T. F., Golub, G. H. & LeVeque, R. J. (1979). Updating formulae and a pairwise algorithm for computing
//     sample variances. Technical report STAN-CS-79-773, Stanford University (the merge of two sets' moments).
//   Pébay, P. (2008). Formulas for robust, one-pass parallel computation of covariances and arbitrary-order
//     statistical moments. Sandia report SAND2008-6212 (the co-moment form of the merge).
public sealed class ElasticNetMoments
{
    /// <summary>How many rows are buffered before they are merged into the totals.</summary>
    public const int ChunkRows = 256;

    private readonly int _width;
    private readonly double[] _mean;
    private readonly double[] _comoment;
    private readonly double[] _chunk;
    private readonly double[] _chunkMean;
    private readonly double[] _chunkComoment;
    private readonly double[] _minimum;
    private readonly double[] _maximum;
    private long _merged;
    private int _buffered;

    /// <summary>Empty sums for rows of <paramref name="predictors"/> predictors and a response.</summary>
    /// <param name="predictors">The number of predictors p ≥ 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="predictors"/> is below 1.</exception>
    public ElasticNetMoments(int predictors)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(predictors, 1);
        _width = predictors + 1;
        _mean = new double[_width];
        _comoment = new double[_width * _width];
        _chunk = new double[ChunkRows * _width];
        _chunkMean = new double[_width];
        _chunkComoment = new double[_width * _width];
        _minimum = Enumerable.Repeat(double.PositiveInfinity, predictors).ToArray();
        _maximum = Enumerable.Repeat(double.NegativeInfinity, predictors).ToArray();
    }

    /// <summary>The number of predictors p.</summary>
    public int PredictorCount => _width - 1;

    /// <summary>The number of rows added (directly or by merging).</summary>
    public long Count => _merged + _buffered;

    /// <summary>Adds one row.</summary>
    /// <param name="x">Its predictors, p finite values.</param>
    /// <param name="y">Its response.</param>
    /// <exception cref="ArgumentException"><paramref name="x"/> does not hold p values.</exception>
    public void Add(ReadOnlySpan<double> x, double y)
    {
        if (x.Length != PredictorCount)
        {
            throw new ArgumentException($"The row has {x.Length} predictors; the sums have {PredictorCount}.", nameof(x));
        }

        var row = _chunk.AsSpan(_buffered * _width, _width);
        x.CopyTo(row);
        row[^1] = y;
        for (var j = 0; j < x.Length; j++)
        {
            _minimum[j] = Math.Min(_minimum[j], x[j]);
            _maximum[j] = Math.Max(_maximum[j], x[j]);
        }

        if (++_buffered == ChunkRows)
        {
            Flush();
        }
    }

    /// <summary>Adds the rows of <paramref name="other"/> (a disjoint set of rows with the same predictors); <paramref name="other"/> is left unchanged.</summary>
    /// <param name="other">Sums over other rows.</param>
    /// <exception cref="ArgumentException">The predictor counts differ.</exception>
    public void Merge(ElasticNetMoments other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other._width != _width)
        {
            throw new ArgumentException($"The sums have {other.PredictorCount} predictors; these have {PredictorCount}.", nameof(other));
        }

        Flush();
        MergeCentred(other._merged, other._mean, other._comoment);
        for (var j = 0; j < PredictorCount; j++)
        {
            _minimum[j] = Math.Min(_minimum[j], other._minimum[j]);
            _maximum[j] = Math.Max(_maximum[j], other._maximum[j]);
        }

        for (var r = 0; r < other._buffered; r++)
        {
            var row = other._chunk.AsSpan(r * _width, _width);
            Add(row[..^1], row[^1]);
        }
    }

    /// <summary>The sums over the union of disjoint row sets, merged in the given order; the parts are left unchanged.</summary>
    /// <param name="parts">At least one set of sums, all with the same predictors.</param>
    /// <returns>New sums.</returns>
    public static ElasticNetMoments Combine(IEnumerable<ElasticNetMoments> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ElasticNetMoments? total = null;
        foreach (var part in parts)
        {
            total ??= new ElasticNetMoments(part.PredictorCount);
            total.Merge(part);
        }

        return total ?? throw new ArgumentException("Give at least one set of sums.", nameof(parts));
    }

    /// <summary>The sums in the form the elastic net's moment solver reads: centred at these rows' own means.</summary>
    internal RowMoments ToRowMoments()
    {
        Flush();
        var p = PredictorCount;
        var sumXX = new double[p * p];
        var sumXY = new double[p];
        for (var j = 0; j < p; j++)
        {
            sumXY[j] = _comoment[(p * _width) + j];
            for (var k = 0; k <= j; k++)
            {
                sumXX[(j * p) + k] = _comoment[(j * _width) + k];
                sumXX[(k * p) + j] = _comoment[(j * _width) + k];
            }
        }

        return RowMoments.Centred(
            _merged,
            _mean[..p],
            _mean[p],
            sumXX,
            sumXY,
            _comoment[(p * _width) + p],
            (double[])_minimum.Clone(),
            (double[])_maximum.Clone()
        );
    }

    // The buffered rows' exact mean and centred cross-products (lower triangle), merged into the totals.
    private void Flush()
    {
        if (_buffered == 0)
        {
            return;
        }

        Array.Clear(_chunkMean);
        Array.Clear(_chunkComoment);
        for (var r = 0; r < _buffered; r++)
        {
            for (var j = 0; j < _width; j++)
            {
                _chunkMean[j] += _chunk[(r * _width) + j];
            }
        }

        for (var j = 0; j < _width; j++)
        {
            _chunkMean[j] /= _buffered;
        }

        for (var r = 0; r < _buffered; r++)
        {
            var row = _chunk.AsSpan(r * _width, _width);
            for (var j = 0; j < _width; j++)
            {
                row[j] -= _chunkMean[j];
            }

            for (var j = 0; j < _width; j++)
            {
                var deviation = row[j];
                var products = _chunkComoment.AsSpan(j * _width, j + 1);
                for (var k = 0; k <= j; k++)
                {
                    products[k] += deviation * row[k];
                }
            }
        }

        var count = _buffered;
        _buffered = 0;
        MergeCentred(count, _chunkMean, _chunkComoment);
    }

    // Chan et al.'s merge of another set's count, mean and centred cross-products (lower triangle) into the totals.
    private void MergeCentred(long count, double[] mean, double[] comoment)
    {
        if (count == 0)
        {
            return;
        }

        var total = _merged + count;
        var weight = (double)_merged * count / total;
        var share = (double)count / total;
        Span<double> delta = stackalloc double[_width];
        for (var j = 0; j < _width; j++)
        {
            delta[j] = mean[j] - _mean[j];
        }

        for (var j = 0; j < _width; j++)
        {
            for (var k = 0; k <= j; k++)
            {
                _comoment[(j * _width) + k] += comoment[(j * _width) + k] + (delta[j] * delta[k] * weight);
            }

            _mean[j] = _merged == 0 ? mean[j] : _mean[j] + (delta[j] * share);
        }

        _merged = total;
    }
}
