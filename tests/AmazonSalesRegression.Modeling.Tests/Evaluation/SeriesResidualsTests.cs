using AmazonSalesRegression.Evaluation;

namespace AmazonSalesRegression.Modeling.Tests.Evaluation;

public sealed class SeriesResidualsTests
{
    [Fact]
    public void An_alternating_series_has_lag_one_autocorrelation_near_minus_one()
    {
        // Given
        var values = Enumerable.Range(0, 100).Select(t => t % 2 == 0 ? 1.0 : -1.0).ToArray();

        // When
        var r = SeriesResiduals.Autocorrelations(values, 2);

        // Then r₁ = −99/100 and r₂ = 98/100 exactly
        Assert.Equal(-0.99, r[0], 12);
        Assert.Equal(0.98, r[1], 12);
    }

    [Fact]
    public void Series_are_diagnosed_separately_in_date_order_even_when_rows_interleave()
    {
        // Given two interleaved series in reverse date order: A is a smooth ramp, B alternates
        var start = new DateOnly(2024, 1, 1);
        var days = Enumerable.Range(0, 40).Reverse().ToArray();
        var series = days.SelectMany(_ => new[] { "B", "A" }).ToArray();
        var dates = days.SelectMany(d => new[] { start.AddDays(d), start.AddDays(d) }).ToArray();
        var residuals = days.SelectMany(d => new[] { d % 2 == 0 ? 1.0 : -1.0, d - 19.5 }).ToArray();

        // When
        var summaries = SeriesResiduals.BySeries(series, dates, residuals, maxLag: 3);

        // Then
        Assert.Equal(["A", "B"], summaries.Select(s => s.Series));
        Assert.All(summaries, s => Assert.Equal(40, s.Length));
        Assert.True(summaries[0].DurbinWatson < 0.1);
        Assert.True(summaries[0].Autocorrelations[0] > 0.9);
        Assert.True(summaries[1].DurbinWatson > 3.8);
        Assert.Equal(3, summaries[1].Autocorrelations.Count);
    }

    [Fact]
    public void A_series_too_short_for_the_lag_is_rejected()
    {
        // Given / When / Then
        Assert.Throws<ArgumentException>(() => SeriesResiduals.Autocorrelations([1.0, 2.0], 2));
    }
}
