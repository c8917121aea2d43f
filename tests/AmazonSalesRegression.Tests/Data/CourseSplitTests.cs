using AmazonSalesRegression.Data;

namespace AmazonSalesRegression.Tests.Data;

public sealed class CourseSplitTests
{
    [Theory]
    [InlineData("2024-01-01", SplitPart.Train)]
    [InlineData("2025-06-30", SplitPart.Train)]
    [InlineData("2025-07-01", SplitPart.Validation)]
    [InlineData("2025-09-30", SplitPart.Validation)]
    [InlineData("2025-10-01", SplitPart.Test)]
    [InlineData("2025-12-31", SplitPart.Test)]
    public void Days_fall_in_the_part_that_their_quarter_says(string day, SplitPart expected)
    {
        // Given
        var date = DateOnly.ParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        // When
        var part = CourseSplit.PartOf(date);

        // Then
        Assert.Equal(expected, part);
        Assert.Equal(expected, CourseSplit.PartOf(date.ToDateTime(new TimeOnly(23, 59))));
    }
}
