using AmazonSalesRegression.Teaching;
using Microsoft.Data.Analysis;

namespace AmazonSalesRegression.Tests.Teaching;

public sealed class TablesTests
{
    private sealed record Row(string Category, double Elasticity, int Units, DateOnly Day);

    [Fact]
    public void Records_become_columns_in_declaration_order_with_numbers_rounded_to_significant_digits()
    {
        // Given
        Row[] rows = [new("Books", -0.712345678, 1234, new DateOnly(2024, 1, 2)), new("Toys", -1.49876, 7, new DateOnly(2024, 1, 3))];

        // When
        var frame = Tables.ToDataFrame(rows, digits: 3);

        // Then
        Assert.Equal(["Category", "Elasticity", "Units", "Day"], frame.Columns.Select(c => c.Name));
        Assert.IsType<DoubleDataFrameColumn>(frame.Columns["Elasticity"]);
        Assert.Equal(-0.712, (double?)frame.Columns["Elasticity"][0]);
        Assert.Equal(1230.0, (double?)frame.Columns["Units"][0]);
        Assert.Equal("2024-01-02", (string?)frame.Columns["Day"][0]);
        Assert.Equal(2, frame.Rows.Count);
    }
}
