using AmazonSalesRegression.Features.Tabular;
using AmazonSalesRegression.Regression;

namespace AmazonSalesRegression.Evaluation;

/// <summary>
/// Point forecasts of a model fitted on the log scale, e.g. <c>log(units_sold) ~ …</c>, and their transformation back
/// to units. If ln y = xᵀβ + ε with ε ~ N(0, σ²), then exp(xᵀβ) is the <b>median</b> of y and exp(xᵀβ + σ²/2) its
/// <b>mean</b>: exponentiating the log forecast alone under-forecasts the mean by the factor exp(σ²/2).
/// </summary>
// References:
//   Duan, N. (1983). Smearing estimate: a nonparametric retransformation method. JASA 78(383), 605–610.
//   Wooldridge, J. M. (2020). Introductory Econometrics, 7th ed., section 6.4 (predicting y when log(y) is the dependent variable).
public static class LogLinearForecast
{
    /// <summary>
    /// The fitted log-scale means xᵀb for new rows, through the fit's formula plan (levels and date origins as learned
    /// in training). Faster than <see cref="OlsResult.Predict(ITabularData, double)"/> because it skips the intervals;
    /// aliased coefficients are ignored, as R's <c>predict.lm</c> does.
    /// </summary>
    /// <param name="fit">A fit made from a formula.</param>
    /// <param name="data">Rows with the columns the formula's terms use.</param>
    /// <returns>One log-scale mean per row.</returns>
    /// <exception cref="InvalidOperationException">The fit was not made from a formula.</exception>
    public static double[] LogMeans(OlsResult fit, ITabularData data)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(data);
        var plan = fit.Plan ?? throw new InvalidOperationException("The fit was made from a design matrix, not a formula.");
        var design = plan.Apply(data, requireResponse: false);
        var result = new double[design.RowCount];
        for (var j = 0; j < design.Columns.Count; j++)
        {
            var beta = fit.Coefficients[j].Estimate;
            if (double.IsNaN(beta))
            {
                continue;
            }

            var column = design.Columns[j];
            for (var i = 0; i < result.Length; i++)
            {
                result[i] += beta * column[i];
            }
        }

        return result;
    }

    /// <summary>The median forecast exp(m) for each log-scale mean m.</summary>
    /// <param name="logMeans">Log-scale means.</param>
    /// <returns>Medians on the original scale.</returns>
    public static double[] Median(IReadOnlyList<double> logMeans)
    {
        ArgumentNullException.ThrowIfNull(logMeans);
        return logMeans.Select(Math.Exp).ToArray();
    }

    /// <summary>The mean forecast exp(m + σ²/2) for each log-scale mean m under log-normal errors.</summary>
    /// <param name="logMeans">Log-scale means.</param>
    /// <param name="residualVariance">The error variance σ² on the log scale (e.g. the squared residual standard error).</param>
    /// <returns>Means on the original scale.</returns>
    public static double[] Mean(IReadOnlyList<double> logMeans, double residualVariance)
    {
        ArgumentNullException.ThrowIfNull(logMeans);
        if (!(residualVariance >= 0) || double.IsInfinity(residualVariance))
        {
            throw new ArgumentOutOfRangeException(nameof(residualVariance), "The residual variance must be finite and ≥ 0.");
        }

        return logMeans.Select(m => Math.Exp(m + residualVariance / 2)).ToArray();
    }
}
