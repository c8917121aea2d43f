namespace AmazonSalesRegression.Evaluation;

/// <summary>The accuracy of one forecast against actuals, every metric of <see cref="Metrics"/> in one row for a comparison table.</summary>
/// <param name="Forecast">The forecast's name.</param>
/// <param name="Rows">Number of rows compared.</param>
/// <param name="RSquared">R² (negative when the forecast is worse than the actuals' own mean).</param>
/// <param name="Rmse">Root mean squared error, in the actuals' unit.</param>
/// <param name="Mae">Mean absolute error, in the actuals' unit.</param>
/// <param name="MapePercent">MAPE in percent, over the rows with a non-zero actual.</param>
/// <param name="SmapePercent">Symmetric MAPE in percent.</param>
/// <param name="Bias">Σforecast/Σactual − 1: positive when the forecast is too high in total.</param>
public sealed record ForecastScore(
    string Forecast,
    int Rows,
    double RSquared,
    double Rmse,
    double Mae,
    double MapePercent,
    double SmapePercent,
    double Bias
)
{
    /// <summary>Scores <paramref name="forecast"/> against <paramref name="actual"/>.</summary>
    /// <param name="name">The forecast's name.</param>
    /// <param name="actual">Actual values (not all equal, not all zero).</param>
    /// <param name="forecast">Forecasts, one per actual.</param>
    /// <returns>The score.</returns>
    public static ForecastScore Of(string name, IReadOnlyList<double> actual, IReadOnlyList<double> forecast)
    {
        var r2 = Metrics.RSquared(actual, forecast);
        return new ForecastScore(
            name,
            actual.Count,
            r2,
            Metrics.Rmse(actual, forecast),
            Metrics.Mae(actual, forecast),
            Metrics.Mape(actual, forecast).Percent,
            Metrics.Smape(actual, forecast).Percent,
            forecast.Sum() / actual.Sum() - 1
        );
    }
}
