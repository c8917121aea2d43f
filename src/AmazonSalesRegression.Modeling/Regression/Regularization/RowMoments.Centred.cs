namespace AmazonSalesRegression.Regression.Regularization;

internal sealed partial class RowMoments
{
    /// <summary>
    /// Moments already centred at the rows' own means (Σx̃ = Σỹ = 0), as <see cref="ElasticNetMoments"/> accumulates
    /// them: the centres are the means, and the cross-products are the centred ones.
    /// </summary>
    /// <param name="count">The number of rows.</param>
    /// <param name="meanX">The predictors' means, the centres c.</param>
    /// <param name="meanY">The response's mean, the centre c_y.</param>
    /// <param name="sumXX">Σ (x − c)(x − c)ᵀ, row-major p × p.</param>
    /// <param name="sumXY">Σ (x − c)(y − c_y).</param>
    /// <param name="sumYY">Σ (y − c_y)².</param>
    /// <param name="minimum">The predictors' minima.</param>
    /// <param name="maximum">The predictors' maxima.</param>
    /// <returns>The moments.</returns>
    public static RowMoments Centred(
        long count,
        double[] meanX,
        double meanY,
        double[] sumXX,
        double[] sumXY,
        double sumYY,
        double[] minimum,
        double[] maximum
    )
    {
        var moments = new RowMoments(meanX.Length, meanX, meanY) { Count = count, SumYY = sumYY };
        sumXX.CopyTo(moments.SumXX, 0);
        sumXY.CopyTo(moments.SumXY, 0);
        minimum.CopyTo(moments.Minimum, 0);
        maximum.CopyTo(moments.Maximum, 0);
        return moments;
    }
}
