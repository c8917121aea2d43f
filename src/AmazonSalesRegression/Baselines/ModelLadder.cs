using AmazonSalesRegression.Evaluation;
using AmazonSalesRegression.Features.Formulas;
using AmazonSalesRegression.Features.Tabular;
using AmazonSalesRegression.Regression;

namespace AmazonSalesRegression.Baselines;

/// <summary>
/// Compares candidate formulas of increasing complexity on one time-ordered split: each is fitted on the training rows
/// and scored on both the training and the validation rows. Training error can only fall as terms are added; the
/// validation error falls while the added terms remove bias and rises once they mostly add variance.
/// </summary>
// References:
//   Hastie, T., Tibshirani, R. & Friedman, J. (2009). The Elements of Statistical Learning, 2nd ed., sections 7.2–7.3.
public static class ModelLadder
{
    /// <summary>Fits every candidate on <paramref name="train"/> and scores it on <paramref name="validation"/>.</summary>
    /// <param name="candidates">Named formulas, scored in the given order.</param>
    /// <param name="train">Training rows.</param>
    /// <param name="validation">Held-out rows (later in time than the training rows).</param>
    /// <param name="options">Solver settings of every fit; <see cref="OlsOptions.Default"/> when null.</param>
    /// <returns>One score per candidate.</returns>
    public static IReadOnlyList<ModelScore> Score(
        IReadOnlyList<(string Name, string Formula)> candidates,
        ITabularData train,
        ITabularData validation,
        OlsOptions? options = null
    )
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(validation);
        return candidates
            .Select(candidate =>
            {
                var fit = Ols.Fit(candidate.Formula, train, options);
                var actual = ModelMatrix.Build(candidate.Formula, validation).Response!;
                var predicted = LogLinearForecast.LogMeans(fit, validation);
                return new ModelScore(
                    candidate.Name,
                    fit.Rank,
                    fit.RSquared,
                    fit.AdjustedRSquared,
                    Math.Sqrt(fit.ResidualSumOfSquares / fit.Observations),
                    Metrics.RSquared(actual, predicted),
                    Metrics.Rmse(actual, predicted)
                );
            })
            .ToArray();
    }
}
