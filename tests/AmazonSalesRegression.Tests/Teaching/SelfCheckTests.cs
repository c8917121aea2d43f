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

    [Fact]
    public void A_near_check_prints_the_value_one_decimal_finer_than_its_tolerance()
    {
        // When
        var line = SelfCheck.NearLine(41.24713, 41.2, 0.05, "total ROAS");

        // Then
        Assert.Equal("✔ total ROAS = 41.247, expected 41.2 ± 0.05", line);
    }

    [Fact]
    public void An_identity_check_prints_seven_significant_digits_instead_of_an_interval_of_equal_numbers()
    {
        // When
        var money = SelfCheck.NearLine(69_980_612.34, 69_980_612.34, 0.01, "revenue (USD)");
        var ratio = SelfCheck.NearLine(0.10238412345, 0.10238412345, 1e-12, "conversion");

        // Then
        Assert.Equal("✔ revenue (USD) = 69,980,612, as expected (± 0.01)", money);
        Assert.Equal("✔ conversion = 0.1023841, as expected (± 1e-12)", ratio);
    }

    [Fact]
    public void A_between_check_prints_the_value_to_two_decimals_beyond_the_width_of_its_interval()
    {
        // When
        var fraction = SelfCheck.BetweenLine(0.896213, 0.85, 0.95, "smallest correlation");
        var count = SelfCheck.BetweenLine(628, 600, 650, "in-stock days");

        // Then
        Assert.Equal("✔ smallest correlation = 0.896, within [0.85, 0.95]", fraction);
        Assert.Equal("✔ in-stock days = 628, within [600, 650]", count);
    }

    [Fact]
    public void A_near_check_that_fails_names_the_expected_value_with_its_tolerance()
    {
        // When
        var error = Assert.Throws<SelfCheckFailedException>(() => SelfCheck.Near(-2.9, -2.77, 0.005, "the slope"));

        // Then
        Assert.Equal("Self-check failed: expected the slope = -2.77 ± 0.005, found -2.9.", error.Message);
    }
}
