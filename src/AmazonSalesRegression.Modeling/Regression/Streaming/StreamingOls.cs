using AmazonSalesRegression.Numerics;

namespace AmazonSalesRegression.Regression.Streaming;

/// <summary>
/// Ordinary least squares over rows that arrive one at a time, in memory that does not grow with the number of rows:
/// O(p²) for the triangular factor plus one 256-row chunk. Objective: the same coefficients and inference as
/// <see cref="Ols"/> for data too large to hold, or read once from a file.
/// </summary>
/// <remarks>
/// Householder QR updating by appended rows (sequential TSQR) of the augmented matrix [X | y]: each full chunk of rows is
/// stacked under the current R and re-triangularized. The last diagonal entry of the augmented R is ±√RSS, so the residual
/// sum of squares needs no cancelling subtraction. Aliased columns are found afterwards on the small R by R's rule
/// (a column is aliased when its part not explained by the earlier kept columns is below the tolerance times its norm).
/// </remarks>
// References:
//   G. H. Golub, C. F. Van Loan, Matrix Computations, 4th ed. (2013), §6.5.3 (updating R when rows are appended).
//   Å. Björck, Numerical Methods for Least Squares Problems (1996), §2.7.3 (sequential row-wise QR).
//   B. P. Welford (1962), Note on a method for calculating corrected sums of squares and products, Technometrics 4(3), 419-420.
//   T. F. Chan, G. H. Golub, R. J. LeVeque (1979), Updating formulae and a pairwise algorithm for computing sample
//     variances, Stanford CS report STAN-CS-79-773 (the merge of two means and centred sums of squares).
//   J. Demmel, L. Grigori, M. Hoemmen, J. Langou (2012), Communication-optimal parallel and sequential QR and LU
//     factorizations, SIAM J. Sci. Comput. 34(1), A206-A239 (TSQR: the R of stacked blocks from the stacked R's).
public sealed partial class StreamingOls
{
    private readonly string[] _names;
    private readonly int _m;
    private readonly double[] _r;
    private readonly double[] _chunk;
    private int _buffered;
    private double _mean;
    private double _centred;
    private double _sumOfSquares;
    private DoubleDouble _sum;

    /// <summary>Starts an empty fit.</summary>
    /// <param name="names">One name per predictor (without the intercept).</param>
    /// <param name="intercept">Whether to add an intercept, named <see cref="DesignMatrix.InterceptName"/>.</param>
    public StreamingOls(IReadOnlyList<string> names, bool intercept = true)
    {
        ArgumentNullException.ThrowIfNull(names);
        HasIntercept = intercept;
        _names = intercept ? [DesignMatrix.InterceptName, .. names] : [.. names];
        _m = _names.Length + 1;
        _r = new double[_m * _m];
        _chunk = new double[TallSkinnyQr.ChunkRows * _m];
    }

    /// <summary>Whether the model has an intercept.</summary>
    public bool HasIntercept { get; }

    /// <summary>Coefficient names in order.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>Rows added so far.</summary>
    public long Rows { get; private set; }

    /// <summary>Adds one observation.</summary>
    /// <param name="predictors">One value per predictor, in the order of the names given at construction.</param>
    /// <param name="y">The response.</param>
    /// <exception cref="ArgumentException">The row has the wrong length or a value that is not finite.</exception>
    public void Add(ReadOnlySpan<double> predictors, double y)
    {
        var offset = HasIntercept ? 1 : 0;
        if (predictors.Length != _m - 1 - offset)
        {
            throw new ArgumentException(
                $"Row {Rows + 1} has {predictors.Length} predictors; expected {_m - 1 - offset}.",
                nameof(predictors)
            );
        }

        for (var j = 0; j < predictors.Length; j++)
        {
            if (!double.IsFinite(predictors[j]))
            {
                throw new ArgumentException(
                    $"Row {Rows + 1}, column '{_names[j + offset]}': {predictors[j]} is not a finite number.",
                    nameof(predictors)
                );
            }
        }

        if (!double.IsFinite(y))
        {
            throw new ArgumentException($"Row {Rows + 1}: the response {y} is not a finite number.", nameof(y));
        }

        const int ld = TallSkinnyQr.ChunkRows;
        if (HasIntercept)
        {
            _chunk[_buffered] = 1.0;
        }

        for (var j = 0; j < predictors.Length; j++)
        {
            _chunk[_buffered + ((j + offset) * ld)] = predictors[j];
        }

        _chunk[_buffered + ((_m - 1) * ld)] = y;
        Rows++;
        var delta = y - _mean;
        _mean += delta / Rows;
        _centred += delta * (y - _mean);
        _sumOfSquares += y * y;
        _sum += y;
        if (++_buffered == ld)
        {
            Flush();
        }
    }

    /// <summary>Solves the least-squares problem for the rows added so far; more rows may be added afterwards.</summary>
    /// <param name="confidenceLevel">Coverage of the coefficient intervals.</param>
    /// <param name="rankTolerance">A column is aliased when its unexplained part is at most this fraction of its norm.</param>
    /// <exception cref="InvalidOperationException">There are no more rows than coefficients, or the response does not vary.</exception>
    public StreamingOlsResult Solve(double confidenceLevel = 0.95, double rankTolerance = 1e-10)
    {
        Flush();
        var p = _m - 1;
        if (Rows <= p)
        {
            throw new InvalidOperationException($"{Rows} rows cannot estimate {p} coefficients; need more rows than coefficients.");
        }

        var tss = HasIntercept ? _centred : _sumOfSquares;
        if (tss == 0)
        {
            throw new InvalidOperationException(
                HasIntercept ? "The response is constant; there is nothing to explain." : "The response is all zeros."
            );
        }

        var kept = StreamingRank.KeptColumns(_r, _m, rankTolerance);
        var reduced = StreamingRank.Retriangularize(_r, _m, [.. kept, p]);
        return StreamingOlsResult.FromTriangle(this, reduced, kept, tss, confidenceLevel, ColumnNorms(kept)) with
        {
            ResponseMean = _sum / Rows,
        };
    }

    private void Flush()
    {
        if (_buffered == 0)
        {
            return;
        }

        TallSkinnyQr.Annihilate(_r, _chunk, TallSkinnyQr.ChunkRows, _buffered, _m);
        _chunk.AsSpan().Clear();
        _buffered = 0;
    }
}
