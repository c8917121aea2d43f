using AmazonSalesRegression.Engine.Checking;

namespace AmazonSalesRegression.Engine.Tests.Checking;

public sealed class OutputSanitizerTests
{
    [Theory]
    [InlineData("id 3f2504e0-4f89-11d3-9a0c-0305e82c3301 done", "id <GUID> done")]
    [InlineData("at 2024-05-01T13:45:10.123Z and 2024-05-01 13:45", "at <TIMESTAMP> and <TIMESTAMP>")]
    [InlineData("elapsed 00:00:01.2500000", "elapsed <DURATION>")]
    [InlineData("fit took 123 ms, load 1.5s, total 2 seconds", "fit took <DURATION>, load <DURATION>, total <DURATION>")]
    [InlineData("object at 0x7ffd5c1e", "object at 0x<ADDRESS>")]
    [InlineData("R² = 0.93 with 35 rows", "R² = 0.93 with 35 rows")]
    public void The_default_rules_mask_volatile_values_only(string text, string expected)
    {
        // When
        var sanitized = OutputSanitizer.Default.Sanitize(text);

        // Then
        Assert.Equal(expected, sanitized);
    }

    [Fact]
    public void Extra_rules_apply_after_the_default_ones()
    {
        // Given
        var sanitizer = OutputSanitizer.Default.With(@"seed=\d+", "seed=<SEED>");

        // When
        var sanitized = sanitizer.Sanitize("seed=42 in 5 ms");

        // Then
        Assert.Equal("seed=<SEED> in <DURATION>", sanitized);
        Assert.Equal(OutputSanitizer.Default.Rules.Count + 1, sanitizer.Rules.Count);
    }
}
