using AmazonSalesRegression.Scoring.Artifacts;
using AmazonSalesRegression.Scoring.Drift;

namespace AmazonSalesRegression.Scoring.Tests.Drift;

public sealed class DriftStatisticsTests
{
    [Fact]
    public void Psi_of_two_bins_matches_the_hand_computed_value()
    {
        // Given reference shares (0.5, 0.5) and window shares (0.25, 0.75)
        // When the PSI is computed
        var psi = DriftStatistics.Psi([0.5, 0.5], [0.25, 0.75]);

        // Then it is (0.25 − 0.5)·ln(0.5) + (0.75 − 0.5)·ln(1.5) = 0.25·ln 3 = 0.274653072167027 (15 significant digits)
        Assert.Equal(0.25 * Math.Log(3), psi, 15);
        Assert.Equal(0.274653072167027, psi, 14);
        Assert.Equal(DriftVerdict.Significant, DriftStatistics.Verdict(psi));
    }

    [Fact]
    public void An_empty_reference_bin_is_floored_so_psi_stays_finite()
    {
        // Given a window with mass in a bin the reference never filled
        // When the PSI is computed
        var psi = DriftStatistics.Psi([0.5, 0.5, 0.0], [0.5, 0.4, 0.1]);

        // Then the empty share counts as 1e-4: 0 + (−0.1)·ln(0.8) + (0.1 − 1e-4)·ln(1000) = 0.712399107501737 (12 digits)
        var expected = -0.1 * Math.Log(0.8) + (0.1 - 1e-4) * Math.Log(1000);
        Assert.Equal(expected, psi, 14);
        Assert.Equal(0.712399107501737, psi, 12);
    }

    [Theory]
    [InlineData(0.0, DriftVerdict.Stable)]
    [InlineData(0.0999, DriftVerdict.Stable)]
    [InlineData(0.1, DriftVerdict.Moderate)]
    [InlineData(0.2499, DriftVerdict.Moderate)]
    [InlineData(0.25, DriftVerdict.Significant)]
    public void Verdicts_follow_the_0_1_and_0_25_thresholds(double psi, DriftVerdict verdict)
    {
        // Given a PSI value
        // When it is judged
        // Then the verdict follows the conventional thresholds
        Assert.Equal(verdict, DriftStatistics.Verdict(psi));
    }

    [Fact]
    public void Decile_bins_of_the_reference_give_equal_shares_and_zero_psi_on_itself()
    {
        // Given the values 1..100 as the reference
        var values = Enumerable.Range(1, 100).Select(v => (double)v).ToArray();
        var reference = ReferenceBuilder.Numbers("x", [.. values]);

        // When the same values form the window
        var psi = DriftStatistics.Psi([.. reference.Proportions], DriftStatistics.Shares(reference, values));

        // Then the edges are the deciles 10, 20, …, 90, every bin holds 10 % and PSI is 0
        Assert.Equal([10.0, 20, 30, 40, 50, 60, 70, 80, 90], reference.Edges);
        Assert.All(reference.Proportions, p => Assert.Equal(0.1, p, 15));
        Assert.Equal(0.0, psi);
    }

    [Fact]
    public void Ks_of_a_half_shifted_window_is_one_half()
    {
        // Given the reference 1..100 and a window 51..150
        var reference = ReferenceBuilder.Numbers("x", [.. Enumerable.Range(1, 100).Select(v => (double)v)]);
        var window = Enumerable.Range(51, 100).Select(v => (double)v).ToArray();

        // When the KS distance is taken over the reference percentiles
        var d = DriftStatistics.KolmogorovSmirnov(reference, window);

        // Then it is the exact two-sample statistic 0.5 (attained at x = 50, a percentile)
        Assert.Equal(0.5, d, 15);
    }

    [Fact]
    public void A_binary_flag_gets_two_bins()
    {
        // Given a 0/1 flag that is 1 on 5 % of rows
        var values = Enumerable.Range(0, 100).Select(i => i < 5 ? 1.0 : 0.0).ToArray();

        // When its reference is built
        var reference = ReferenceBuilder.Numbers("flag", values);

        // Then there is one edge (0) and two bins with shares 0.95 and 0.05
        Assert.Equal([0.0], reference.Edges);
        Assert.Equal([0.95, 0.05], reference.Proportions);
    }

    [Fact]
    public void The_drift_window_is_stable_on_training_like_rows_and_significant_when_prices_double()
    {
        // Given a window filled with rows like the reference, and another where one price doubled
        var features = new[] { new FeatureSpec("p", FeatureKind.Number, [], 1, 100) };
        var values = Enumerable.Range(1, 100).Select(v => (double)v).ToArray();
        var reference = new ReferenceSet([ReferenceBuilder.Numbers("p", [.. values])], ReferenceBuilder.Numbers("prediction", [.. values]));
        var same = new DriftWindow(features, reference, capacity: 1_000, minimumWindow: 100);
        var doubled = new DriftWindow(features, reference, capacity: 1_000, minimumWindow: 100);
        for (var i = 0; i < 1_000; i++)
        {
            same.Record([values[i % 100]], values[i % 100]);
            doubled.Record([2 * values[i % 100]], values[i % 100]);
        }

        // When the reports are computed
        var stable = same.Report();
        var shifted = doubled.Report();

        // Then the first is stable, the second names the price as significant and keeps the prediction stable
        Assert.Equal(DriftVerdict.Stable, stable.Verdict);
        Assert.Equal(1_000, shifted.WindowSize);
        Assert.Equal(DriftVerdict.Significant, shifted.Features[0].Verdict);
        Assert.Equal(DriftVerdict.Stable, shifted.Prediction.Verdict);
        Assert.Equal(DriftVerdict.Significant, shifted.Verdict);
        Assert.Equal(0.5, shifted.Features[0].Ks!.Value, 15);
    }
}
