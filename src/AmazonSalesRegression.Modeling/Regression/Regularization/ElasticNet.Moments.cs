namespace AmazonSalesRegression.Regression.Regularization;

/// <summary>The elastic net fitted from streamed moment sums instead of the rows.</summary>
public static partial class ElasticNet
{
    /// <summary>
    /// Fits the elastic net with an intercept at a single λ from the rows' moment sums (<see cref="ElasticNetMoments"/>):
    /// the same problem as <see cref="Fit(DesignMatrix, ReadOnlyMemory{double}, double, ElasticNetOptions?)"/> on those rows,
    /// standardized from the means and centred cross-products and solved by covariance coordinate descent
    /// (<see cref="CovarianceDescent"/>), which needs only the Gram matrix and ⟨x_j, y⟩.
    /// </summary>
    /// <param name="moments">Sums over the rows.</param>
    /// <param name="names">Predictor names, in column order.</param>
    /// <param name="lambda">The penalty λ ≥ 0, on the scale of y.</param>
    /// <param name="options">Settings (its λ settings are ignored; the intercept must be on); null for the lasso.</param>
    /// <returns>The fit.</returns>
    /// <exception cref="ArgumentException">Fewer than two rows, names that do not match, no intercept, invalid settings or a constant y.</exception>
    public static ElasticNetFit Fit(
        ElasticNetMoments moments,
        IReadOnlyList<string> names,
        double lambda,
        ElasticNetOptions? options = null
    )
    {
        options = (options ?? new ElasticNetOptions()) with { Lambdas = [lambda] };
        var rowMoments = Validate(moments, names, options);
        if (!(rowMoments.SumYY > 0))
        {
            throw new ArgumentException("y is constant; the elastic net cannot standardize it (glmnet fails likewise).", nameof(moments));
        }

        return PathOf(StandardizedProblem.FromMoments(rowMoments, options.Standardize), rowMoments.Count, names, options).At(0);
    }

    /// <summary>Checks moment sums and settings as <see cref="Validate(DesignMatrix, ReadOnlySpan{double}, ElasticNetOptions)"/> checks rows.</summary>
    internal static RowMoments Validate(ElasticNetMoments moments, IReadOnlyList<string> names, ElasticNetOptions options)
    {
        ArgumentNullException.ThrowIfNull(moments);
        ArgumentNullException.ThrowIfNull(names);
        if (names.Count != moments.PredictorCount)
        {
            throw new ArgumentException($"{names.Count} names for {moments.PredictorCount} predictors.", nameof(names));
        }

        if (moments.Count < 2)
        {
            throw new ArgumentException(
                $"The elastic net needs at least one predictor and two rows; got {moments.PredictorCount} × {moments.Count}.",
                nameof(moments)
            );
        }

        if (!options.Intercept)
        {
            throw new ArgumentException(
                "Moment sums fit the elastic net with an intercept; fit the rows to leave it out.",
                nameof(options)
            );
        }

        ValidateOptions(options);
        return moments.ToRowMoments();
    }
}
