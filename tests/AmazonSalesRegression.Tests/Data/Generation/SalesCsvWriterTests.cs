using System.Text;
using AmazonSalesRegression.Data;

namespace AmazonSalesRegression.Tests.Data.Generation;

public sealed class SalesCsvWriterTests
{
    private static readonly SalesRecord Sample = new(
        new DateOnly(2024, 3, 5),
        "HOME-004",
        "Home & Kitchen",
        "FBM",
        ListPrice: 15.99,
        SellingPrice: 13.59,
        Discount: 2.4,
        CompetitorPrice: 16.5,
        AdSpendSponsoredProducts: 12.0,
        AdSpendSponsoredBrands: 0.07,
        AdSpendDisplay: 3.1,
        Sessions: 240,
        PageViews: 402,
        AverageRating: 4.0,
        ReviewCount: 118,
        InStock: true,
        PrimeDay: false,
        BlackFridayCyberMonday: false,
        HolidaySeason: true,
        UnitsSold: 27,
        Revenue: 366.93,
        ReferralFee: 55.04
    );

    [Fact]
    public void A_row_is_written_with_fixed_invariant_formats()
    {
        // Given
        using var writer = new StringWriter();

        // When
        SalesCsvWriter.Write([Sample], writer);

        // Then
        var lines = writer.ToString().Split('\n');
        Assert.Equal(
            "2024-03-05,HOME-004,Home & Kitchen,FBM,15.99,13.59,2.40,16.50,12.00,0.07,3.10,240,402,4.0,118,1,0,0,1,27,366.93,55.04",
            lines[1]
        );
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public void Text_with_a_comma_or_quote_is_quoted()
    {
        // Given
        var row = Sample with
        {
            Category = "Toys, \"Games\"",
        };
        using var writer = new StringWriter();

        // When
        SalesCsvWriter.Write([row], writer);

        // Then
        Assert.Contains(",\"Toys, \"\"Games\"\"\",", writer.ToString());
    }

    [Fact]
    public void Writing_to_a_file_gives_utf8_without_bom_and_lf_line_endings()
    {
        // Given
        var path = Path.Combine(Path.GetTempPath(), $"sales-{Guid.NewGuid():N}.csv");
        using var expected = new StringWriter();
        SalesCsvWriter.Write([Sample, Sample], expected);

        try
        {
            // When
            SalesCsvWriter.Write([Sample, Sample], path);
            var bytes = File.ReadAllBytes(path);

            // Then
            Assert.Equal(Encoding.UTF8.GetBytes(expected.ToString()), bytes);
            Assert.Equal((byte)'d', bytes[0]);
            Assert.DoesNotContain((byte)'\r', bytes);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
