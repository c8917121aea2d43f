using System.Text.Json.Nodes;

namespace AmazonSalesRegression.Api.Tests;

/// <summary>Request bodies for the tests.</summary>
internal static class Instances
{
    /// <summary>A valid instance (an Electronics SKU on an ordinary November Monday).</summary>
    public static JsonObject Valid() =>
        new()
        {
            ["sku"] = "ELEC-001",
            ["category"] = "Electronics",
            ["selling_price"] = 49.99,
            ["competitor_price"] = 52.0,
            ["ad_spend_sp"] = 20,
            ["ad_spend_sb"] = 10,
            ["ad_spend_display"] = 8,
            ["date"] = "2025-11-03",
            ["prime_day"] = 0,
            ["bfcm"] = 0,
            ["holiday_season"] = 0,
            ["avg_rating"] = 4.1,
        };

    public static string Body(params JsonObject[] instances) =>
        new JsonObject { ["instances"] = new JsonArray([.. instances]) }.ToJsonString();

    public static string Csv =>
        "sku,category,selling_price,competitor_price,ad_spend_sp,ad_spend_sb,ad_spend_display,date,prime_day,bfcm,holiday_season,avg_rating\n"
        + "ELEC-001,Electronics,49.99,52.0,20,10,8,2025-11-03,0,0,0,4.1\r\n"
        + "HOME-002,\"Home & Kitchen\",71.99,75,30,12,9,2025-11-28,0,1,1,3.5\n";
}
