using System.Text;
using AmazonSalesRegression.Data.Generation;

namespace AmazonSalesRegression.Tests.Data.Generation;

public sealed class SalesDataDeterminismTests
{
    /// <summary>
    /// SHA-256 of the default CSV (seed 20240101). It must be the same on every OS and processor. If you change the
    /// data-generating process on purpose, regenerate (<c>dotnet run --project src/AmazonSalesRegression.Cli -- data generate</c>),
    /// paste the new hash of <c>data/amazon_sales.csv</c> (<c>sha256sum</c>) here and update <c>data/README.md</c>
    /// in the same commit. An unexpected failure means the output changed: find out why before updating.
    /// </summary>
    internal const string GoldenCsvSha256 = "872fa24bcc30211ec73b5698085a16360b74616c2ad565e6d54d8df22caae957";

    /// <summary>SHA-256 of the default truth JSON, pinned for the same reason.</summary>
    private const string GoldenTruthSha256 = "c90228766f02a7ac39d2c4edcb2fb58a844c94ea3449d568483663d9997f24db";

    [Fact]
    public void Same_seed_gives_byte_identical_csv()
    {
        // Given
        var first = DefaultDataSet.Csv;

        // When
        var second = DefaultDataSet.CsvBytes(SalesDataGenerator.Generate(new GeneratorOptions()).Records);

        // Then
        Assert.Equal(DefaultDataSet.Sha256(first), DefaultDataSet.Sha256(second));
    }

    [Fact]
    public void Different_seed_gives_different_csv()
    {
        // Given
        var options = new GeneratorOptions { Seed = GeneratorOptions.DefaultSeed + 1 };

        // When
        var other = DefaultDataSet.CsvBytes(SalesDataGenerator.Generate(options).Records);

        // Then
        Assert.NotEqual(DefaultDataSet.Sha256(DefaultDataSet.Csv), DefaultDataSet.Sha256(other));
    }

    [Fact]
    public void Default_csv_matches_the_pinned_sha256()
    {
        // Given / When
        var hash = DefaultDataSet.Sha256(DefaultDataSet.Csv);

        // Then
        Assert.Equal(GoldenCsvSha256, hash);
    }

    [Fact]
    public void Default_truth_json_matches_the_pinned_sha256()
    {
        // Given / When
        var hash = DefaultDataSet.Sha256(Encoding.UTF8.GetBytes(DefaultDataSet.Truth.ToJson()));

        // Then
        Assert.Equal(GoldenTruthSha256, hash);
    }

    [Fact]
    public void A_sku_does_not_depend_on_how_many_other_skus_are_generated()
    {
        // Given: every process of a SKU has its own random stream (outliers, which are drawn across SKUs, are off)
        var large = SalesDataGenerator.Generate(new GeneratorOptions { SkusPerCategory = 8, OutlierCount = 0 });
        var small = SalesDataGenerator.Generate(new GeneratorOptions { SkusPerCategory = 2, OutlierCount = 0 });

        // When
        var fromLarge = large.Records.Where(r => r.Sku == "TOYS-002").ToList();
        var fromSmall = small.Records.Where(r => r.Sku == "TOYS-002").ToList();

        // Then
        Assert.Equal(731, fromSmall.Count);
        Assert.Equal(fromLarge, fromSmall);
        Assert.Equal(2 * 6 * 731, small.Records.Count);
    }
}
