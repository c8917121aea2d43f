using System.Text;
using AmazonSalesRegression.Data;
using AmazonSalesRegression.Data.Generation;

namespace AmazonSalesRegression.Tests.Data.Generation;

public sealed class SalesDataShapeTests
{
    [Fact]
    public void Default_data_has_one_row_per_day_and_sku_ordered_by_date_then_sku()
    {
        // Given
        var records = DefaultDataSet.Records;
        var skus = DefaultDataSet.Truth.Skus.Select(s => s.Sku).Order(StringComparer.Ordinal).ToArray();

        // When
        var keys = records.Select(r => (r.Date, r.Sku)).ToList();
        var expected = Enumerable.Range(0, 731).SelectMany(d => skus.Select(sku => (new DateOnly(2024, 1, 1).AddDays(d), sku))).ToList();

        // Then
        Assert.Equal(35_088, records.Count);
        Assert.Equal(48, skus.Length);
        Assert.Equal(expected, keys);
        Assert.Equal(new DateOnly(2025, 12, 31), records[^1].Date);
    }

    [Fact]
    public void Sku_ids_follow_the_category_prefixes()
    {
        // Given
        var truth = DefaultDataSet.Truth;

        // When
        var prefixes = truth.Skus.GroupBy(s => s.Category).ToDictionary(g => g.Key, g => g.Select(s => s.Sku[..5]).Distinct().Single());

        // Then
        Assert.Equal("ELEC-", prefixes["Electronics"]);
        Assert.Equal("HOME-", prefixes["Home & Kitchen"]);
        Assert.Equal("BOOK-", prefixes["Books"]);
        Assert.Equal("BEAU-", prefixes["Beauty"]);
        Assert.Equal("TOYS-", prefixes["Toys"]);
        Assert.Equal("SPRT-", prefixes["Sports"]);
        Assert.Contains(truth.Skus, s => s.Sku == "ELEC-001");
        Assert.Contains(truth.Skus, s => s.Sku == "SPRT-008");
    }

    [Fact]
    public void Csv_header_lists_the_columns_in_order_and_the_file_uses_lf_without_bom()
    {
        // Given
        var bytes = DefaultDataSet.Csv;

        // When
        var text = Encoding.UTF8.GetString(bytes);
        var lines = text.Split('\n');

        // Then
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.DoesNotContain('\r', text);
        Assert.Equal(string.Join(',', SalesColumns.All), lines[0]);
        Assert.Equal(35_088 + 2, lines.Length);
        Assert.Equal(string.Empty, lines[^1]);
        Assert.Equal(0, lines.Skip(1).Take(35_088).Count(line => line.Split(',').Length != 22));
        Assert.True(bytes.Length < 10_000_000, $"CSV is {bytes.Length} bytes");
    }

    [Fact]
    public void Every_value_is_in_its_documented_range()
    {
        // Given
        var records = DefaultDataSet.Records;

        // When / Then
        Assert.All(
            records,
            r =>
            {
                Assert.True(r.ListPrice > 0 && r.SellingPrice > 0 && r.CompetitorPrice > 0, "prices > 0");
                Assert.InRange(r.Discount, 0.0, r.ListPrice * 0.3 + 0.005);
                Assert.True(r.AdSpendSponsoredProducts >= 0 && r.AdSpendSponsoredBrands >= 0 && r.AdSpendDisplay >= 0, "ad spend >= 0");
                Assert.InRange(r.AverageRating, 1.0, 5.0);
                Assert.True(r.UnitsSold >= 0 && r.Sessions >= 0 && r.ReviewCount >= 0, "counts >= 0");
                Assert.True(r.PageViews >= r.Sessions, "page views >= sessions");
                Assert.Contains(r.Fulfilment, new[] { "FBA", "FBM" });
                Assert.True(r.Revenue >= 0 && r.ReferralFee >= 0, "money >= 0");
            }
        );
    }

    [Fact]
    public void Fulfilment_is_fixed_per_sku_and_matches_the_truth()
    {
        // Given
        var truth = DefaultDataSet.Truth;

        // When
        var observed = DefaultDataSet
            .Records.GroupBy(r => r.Sku)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Fulfilment).Distinct().ToList());

        // Then
        Assert.All(truth.Skus, sku => Assert.Equal([sku.Fulfilment], observed[sku.Sku]));
    }

    [Fact]
    public void Invalid_options_are_rejected_with_a_message()
    {
        // Given
        GeneratorOptions[] invalid =
        [
            new() { StartDate = new DateOnly(2025, 1, 2), EndDate = new DateOnly(2025, 1, 1) },
            new() { SkusPerCategory = 0 },
            new() { SkusPerCategory = 1000 },
            new() { OutlierCount = -1 },
        ];

        // When / Then
        Assert.All(invalid, options => Assert.Throws<ArgumentException>(() => SalesDataGenerator.Generate(options)));
    }

    [Fact]
    public void A_short_range_with_one_sku_per_category_gives_matching_rows()
    {
        // Given
        var options = new GeneratorOptions
        {
            StartDate = new DateOnly(2026, 7, 10),
            EndDate = new DateOnly(2026, 7, 20),
            SkusPerCategory = 1,
        };

        // When
        var data = SalesDataGenerator.Generate(options);

        // Then: 11 days × 6 SKUs; 2026 Prime Day follows the rule (two days from the second Tuesday of July)
        Assert.Equal(66, data.Records.Count);
        var primeDays = data.Records.Where(r => r.PrimeDay).Select(r => r.Date).Distinct().ToArray();
        Assert.Equal([new DateOnly(2026, 7, 14), new DateOnly(2026, 7, 15)], primeDays);
    }
}
