using AmazonSalesRegression.Teaching;

namespace AmazonSalesRegression.Tests.Teaching;

public sealed class SelfCheckTests
{
    [Fact]
    public void A_value_outside_its_interval_fails_with_what_was_expected_and_found()
    {
        // When
        var error = Assert.Throws<SelfCheckFailedException>(() => SelfCheck.Between(0.62, 0.8, 1.0, "holdout R²"));

        // Then
        Assert.Equal("Self-check failed: expected holdout R² in [0.8, 1], found 0.62.", error.Message);
    }

    [Fact]
    public void Not_a_number_never_passes()
    {
        // When
        var error = Record.Exception(() => SelfCheck.Near(double.NaN, 1.0, 10.0, "the slope"));

        // Then
        Assert.IsType<SelfCheckFailedException>(error);
    }

    [Fact]
    public void A_false_claim_fails_and_a_true_one_passes()
    {
        // When
        var failure = Record.Exception(() => SelfCheck.That(false, "the target is units_sold"));
        var success = Record.Exception(() => SelfCheck.That(true, "the target is units_sold"));

        // Then
        Assert.Equal("Self-check failed: expected the target is units_sold.", failure?.Message);
        Assert.Null(success);
    }
}
