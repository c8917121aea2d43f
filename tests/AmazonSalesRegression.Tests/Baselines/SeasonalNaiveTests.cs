using AmazonSalesRegression.Baselines;

namespace AmazonSalesRegression.Tests.Baselines;

public sealed class SeasonalNaiveTests
{
    [Fact]
    public void Each_row_is_forecast_by_the_same_series_one_season_earlier()
    {
        // Given two series over 15 days, values 100·series + day
        var start = new DateOnly(2024, 1, 1);
        var dates = Enumerable.Range(0, 15).SelectMany(d => new[] { start.AddDays(d), start.AddDays(d) }).ToArray();
        var series = Enumerable.Range(0, 15).SelectMany(_ => new[] { "A", "B" }).ToArray();
        var values = Enumerable.Range(0, 15).SelectMany(d => new[] { 100.0 + d, 200.0 + d }).ToArray();

        // When
        var forecast = SeasonalNaive.Forecast(dates, series, values);

        // Then the first week has no history; day 9 of B is B's day 2
        Assert.All(forecast.Take(14), f => Assert.True(double.IsNaN(f)));
        Assert.Equal(202.0, forecast[2 * 9 + 1]);
        Assert.Equal(107.0, forecast[2 * 14]);
    }

    [Fact]
    public void An_unusable_day_last_week_is_replaced_by_the_same_weekday_two_weeks_back()
    {
        // Given one series over 15 days where day 7 was a stock-out
        var start = new DateOnly(2024, 1, 1);
        var dates = Enumerable.Range(0, 15).Select(d => start.AddDays(d)).ToArray();
        var series = Enumerable.Repeat("A", 15).ToArray();
        var values = Enumerable.Range(0, 15).Select(d => d == 7 ? 0.0 : 10.0 + d).ToArray();
        var usable = Enumerable.Range(0, 15).Select(d => d != 7).ToArray();

        // When
        var forecast = SeasonalNaive.Forecast(dates, series, values, usable);

        // Then day 14 uses day 0 instead of the censored day 7
        Assert.Equal(10.0, forecast[14]);
        Assert.Equal(11.0, forecast[8]);
    }

    [Fact]
    public void Two_rows_of_one_series_on_one_day_are_rejected()
    {
        // Given
        var day = new DateOnly(2024, 1, 1);

        // When
        var error = Assert.Throws<ArgumentException>(() => SeasonalNaive.Forecast([day, day], ["A", "A"], [1.0, 2.0]));

        // Then
        Assert.Contains("2024-01-01", error.Message, StringComparison.Ordinal);
    }
}
