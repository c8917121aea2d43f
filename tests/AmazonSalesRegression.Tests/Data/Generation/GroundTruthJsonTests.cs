using System.Text.Json;
using AmazonSalesRegression.Data.Generation;

namespace AmazonSalesRegression.Tests.Data.Generation;

public sealed class GroundTruthJsonTests
{
    [Fact]
    public void Truth_round_trips_through_json_unchanged()
    {
        // Given
        var json = DefaultDataSet.Truth.ToJson();

        // When
        var again = GroundTruth.FromJson(json);

        // Then
        Assert.Equal(json, again.ToJson());
        Assert.Equal(DefaultDataSet.Truth.Category("Books").Elasticity, again.Category("Books").Elasticity);
        Assert.Equal(DefaultDataSet.Truth.Outliers, again.Outliers);
    }

    [Fact]
    public void Truth_json_is_indented_camel_case_with_lf_line_endings()
    {
        // Given / When
        var json = DefaultDataSet.Truth.ToJson();

        // Then
        Assert.StartsWith("{\n  \"seed\": 20240101,\n  \"startDate\": \"2024-01-01\",\n  \"endDate\": \"2025-12-31\",", json);
        Assert.DoesNotContain('\r', json);
        Assert.EndsWith("}\n", json);
        Assert.Contains("\"name\": \"Home & Kitchen\"", json);
        Assert.Contains("\"day\": \"Saturday\"", json);
        Assert.Contains("\"competitorCrossElasticity\": 0.4", json);
    }

    [Fact]
    public void Truth_holds_every_category_sku_and_channel()
    {
        // Given / When
        var truth = DefaultDataSet.Truth;

        // Then
        Assert.Equal(GeneratorOptions.DefaultSeed, truth.Seed);
        Assert.Equal(6, truth.Categories.Count);
        Assert.Equal(48, truth.Skus.Count);
        Assert.Equal(["ad_spend_sp", "ad_spend_sb", "ad_spend_display"], truth.AdChannels.Select(c => c.Column));
        Assert.Equal(7, truth.Demand.WeekdayEffects.Count);
        Assert.NotEmpty(truth.StockOuts.Episodes);
        Assert.Throws<KeyNotFoundException>(() => truth.Category("Garden"));
        Assert.Throws<KeyNotFoundException>(() => truth.Sku("ELEC-999"));
    }

    [Fact]
    public void Invalid_json_is_rejected()
    {
        // Given / When / Then
        Assert.ThrowsAny<JsonException>(() => GroundTruth.FromJson("null"));
        Assert.ThrowsAny<JsonException>(() => GroundTruth.FromJson("{ \"seed\": "));
    }
}
