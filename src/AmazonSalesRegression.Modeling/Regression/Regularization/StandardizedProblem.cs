namespace AmazonSalesRegression.Regression.Regularization;

/// <summary>
/// The data as glmnet's coordinate descent sees it: each observation weighted by 1/n, columns centred (with an
/// intercept) and scaled to unit 1/n variance (when standardizing), y centred and divided by its 1/n standard
/// deviation. Keeps the means and scales to map coefficients back to the original scale.
/// </summary>
internal sealed class StandardizedProblem
{
    private readonly double[][]? _columns;
    private readonly double[]? _gram;

    private StandardizedProblem(
        double[][]? columns,
        double[]? gram,
        double[] variances,
        double[] gradient,
        bool[] included,
        double[] means,
        double[] scales,
        double yMean,
        double yScale
    )
    {
        _columns = columns;
        _gram = gram;
        Variances = variances;
        Gradient = gradient;
        Included = included;
        Means = means;
        Scales = scales;
        YMean = yMean;
        YScale = yScale;
    }

    /// <summary>Number of predictor columns.</summary>
    public int ColumnCount => Variances.Length;

    /// <summary>⟨z_j, z_k⟩ of two standardized columns: from the columns, or from the Gram matrix when built from moments.</summary>
    /// <param name="j">First column.</param>
    /// <param name="k">Second column.</param>
    /// <returns>The cross-product.</returns>
    public double Cross(int j, int k) => _gram is { } gram ? gram[(j * ColumnCount) + k] : Dot(_columns![j], _columns[k]);

    /// <summary>⟨z_j, z_j⟩ (glmnet's xv): 1 for standardized columns with an intercept.</summary>
    public double[] Variances { get; }

    /// <summary>⟨z_j, ỹ⟩ with ỹ the transformed response: the gradient at β = 0.</summary>
    public double[] Gradient { get; }

    /// <summary>False for constant columns, which glmnet excludes (their coefficient stays 0).</summary>
    public bool[] Included { get; }

    /// <summary>Column means m_j (0 without an intercept).</summary>
    public double[] Means { get; }

    /// <summary>Column scales s_j (1 without standardization).</summary>
    public double[] Scales { get; }

    /// <summary>Mean of y (0 without an intercept).</summary>
    public double YMean { get; }

    /// <summary>The 1/n standard deviation of y about <see cref="YMean"/> (root mean square without an intercept).</summary>
    public double YScale { get; }

    /// <summary>Transforms the data as glmnet's <c>standard</c> routine does for unit weights.</summary>
    /// <param name="x">Predictors (no intercept column).</param>
    /// <param name="y">Response.</param>
    /// <param name="standardize">Whether to scale columns to unit variance.</param>
    /// <param name="intercept">Whether to centre (an intercept is fitted).</param>
    /// <returns>The transformed problem.</returns>
    public static StandardizedProblem Create(DesignMatrix x, ReadOnlySpan<double> y, bool standardize, bool intercept)
    {
        var n = x.Rows;
        var p = x.ColumnCount;
        var v = 1.0 / Math.Sqrt(n);
        var yMean = intercept ? Mean(y) : 0.0;
        var yt = new double[n];
        for (var i = 0; i < n; i++)
        {
            yt[i] = v * (y[i] - yMean);
        }

        var yScale = Math.Sqrt(Dot(yt, yt));
        if (!(yScale > 0))
        {
            throw new ArgumentException("y is constant; the elastic net cannot standardize it (glmnet fails likewise).", nameof(y));
        }

        for (var i = 0; i < n; i++)
        {
            yt[i] /= yScale;
        }

        var columns = new double[p][];
        var variances = new double[p];
        var gradient = new double[p];
        var included = new bool[p];
        var means = new double[p];
        var scales = new double[p];
        for (var j = 0; j < p; j++)
        {
            var source = x.Column(j);
            included[j] = !IsConstant(source);
            means[j] = intercept ? Mean(source) : 0.0;
            var z = new double[n];
            for (var i = 0; i < n; i++)
            {
                z[i] = v * (source[i] - means[j]);
            }

            var squares = Dot(z, z);
            scales[j] = 1.0;
            variances[j] = squares;
            if (standardize && included[j])
            {
                var squaredMean = intercept ? 0.0 : Math.Pow(v * Sum(z), 2);
                var variance = squares - squaredMean;
                scales[j] = Math.Sqrt(variance);
                for (var i = 0; i < n; i++)
                {
                    z[i] /= scales[j];
                }

                variances[j] = intercept ? 1.0 : 1.0 + squaredMean / variance;
            }

            columns[j] = z;
            gradient[j] = Dot(z, yt);
        }

        return new StandardizedProblem(columns, null, variances, gradient, included, means, scales, yMean, yScale);
    }

    /// <summary>
    /// The same problem from the moments of the rows (with an intercept): means, standard deviations (1/n) and the
    /// standardized Gram matrix come from the cross-product sums, so no column is copied or standardized.
    /// </summary>
    /// <param name="moments">Sums over the rows.</param>
    /// <param name="standardize">Whether to scale columns to unit variance.</param>
    /// <returns>The transformed problem.</returns>
    public static StandardizedProblem FromMoments(RowMoments moments, bool standardize)
    {
        var p = moments.ColumnCount;
        var n = (double)moments.Count;
        var yShift = moments.SumY / n;
        var yScale = Math.Sqrt((moments.SumYY / n) - (yShift * yShift));
        if (!(yScale > 0))
        {
            throw new ArgumentException("y is constant in these rows; the elastic net cannot standardize it (glmnet fails likewise).");
        }

        var shift = new double[p];
        var means = new double[p];
        var scales = new double[p];
        var variances = new double[p];
        var gradient = new double[p];
        var included = new bool[p];
        for (var j = 0; j < p; j++)
        {
            shift[j] = moments.SumX[j] / n;
            means[j] = moments.ShiftX[j] + shift[j];
            included[j] = moments.Maximum[j] > moments.Minimum[j];
            var variance = (moments.SumXX[(j * p) + j] / n) - (shift[j] * shift[j]);
            scales[j] = standardize && included[j] ? Math.Sqrt(variance) : 1.0;
            variances[j] = standardize && included[j] ? 1.0 : variance;
            gradient[j] = ((moments.SumXY[j] / n) - (shift[j] * yShift)) / (scales[j] * yScale);
        }

        var gram = new double[p * p];
        for (var j = 0; j < p; j++)
        {
            for (var k = 0; k < p; k++)
            {
                gram[(j * p) + k] = ((moments.SumXX[(j * p) + k] / n) - (shift[j] * shift[k])) / (scales[j] * scales[k]);
            }
        }

        return new StandardizedProblem(null, gram, variances, gradient, included, means, scales, moments.ShiftY + yShift, yScale);
    }

    /// <summary>The weighted cross-product ⟨a, b⟩ (the vectorized kernel of the QR code).</summary>
    /// <param name="a">First vector.</param>
    /// <param name="b">Second vector.</param>
    /// <returns>Σ a_i·b_i.</returns>
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b) => Numerics.TallSkinnyQr.Dot(a, b);

    private static double Sum(ReadOnlySpan<double> a)
    {
        var s = 0.0;
        foreach (var value in a)
        {
            s += value;
        }

        return s;
    }

    private static double Mean(ReadOnlySpan<double> a) => Sum(a) / a.Length;

    private static bool IsConstant(ReadOnlySpan<double> a)
    {
        foreach (var value in a)
        {
            if (value != a[0])
            {
                return false;
            }
        }

        return true;
    }
}
