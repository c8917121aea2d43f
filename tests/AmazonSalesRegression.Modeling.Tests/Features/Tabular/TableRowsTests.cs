using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Modeling.Tests.Features.Tabular;

public sealed class TableRowsTests
{
    private static TabularData Sample() =>
        new TabularData("sales.csv", 4)
            .Add("units", [10.0, 20.0, 30.0, 40.0])
            .Add("sku", ["A", "B", "A", "B"])
            .Add("date", [new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 2)]);

    [Fact]
    public void Where_keeps_the_matching_rows_of_every_column_in_order_with_their_source_lines()
    {
        // Given
        var data = Sample();

        // When
        var subset = TableRows.Where(data, i => data.Text("sku")[i] == "B");

        // Then
        Assert.Equal(2, subset.RowCount);
        Assert.Equal([20.0, 40.0], subset.Numeric("units").ToArray());
        Assert.Equal(["B", "B"], subset.Text("sku"));
        Assert.Equal([new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 2)], subset.Dates("date").ToArray());
        Assert.Equal([3, 5], new[] { subset.LineOf(0), subset.LineOf(1) });
        Assert.Equal(data.ColumnNames, subset.ColumnNames);
    }

    [Fact]
    public void Select_follows_the_given_order_and_rejects_rows_outside_the_data()
    {
        // Given
        var data = Sample();

        // When
        var picked = TableRows.Select(data, [3, 0]);

        // Then
        Assert.Equal([40.0, 10.0], picked.Numeric("units").ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => TableRows.Select(data, [4]));
    }
}
