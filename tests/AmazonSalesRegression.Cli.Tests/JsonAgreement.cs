using System.Text.Json;

namespace AmazonSalesRegression.Cli.Tests;

/// <summary>Compares two JSON reports of the same fit made by two paths (in memory and streamed).</summary>
internal static class JsonAgreement
{
    /// <summary>
    /// Asserts the same members in the same order, the same strings, booleans and nulls, and numbers equal to
    /// <paramref name="relative"/> of the expected value; a failure names the JSON path.
    /// </summary>
    /// <param name="expected">The in-memory report.</param>
    /// <param name="actual">The streamed report.</param>
    /// <param name="relative">The relative tolerance of numbers.</param>
    /// <param name="path">The path of <paramref name="expected"/> in its document; <c>$</c> at the root.</param>
    public static void AssertAgrees(JsonElement expected, JsonElement actual, double relative, string path = "$")
    {
        Assert.Equal(expected.ValueKind, actual.ValueKind);
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                Assert.Equal(expected.EnumerateObject().Select(p => p.Name), actual.EnumerateObject().Select(p => p.Name));
                foreach (var property in expected.EnumerateObject())
                {
                    AssertAgrees(property.Value, actual.GetProperty(property.Name), relative, $"{path}.{property.Name}");
                }

                break;
            case JsonValueKind.Array:
                Assert.Equal(expected.GetArrayLength(), actual.GetArrayLength());
                for (var i = 0; i < expected.GetArrayLength(); i++)
                {
                    AssertAgrees(expected[i], actual[i], relative, $"{path}[{i}]");
                }

                break;
            case JsonValueKind.Number:
                Tolerance.AssertDigits(expected.GetDouble(), actual.GetDouble(), -Math.Log10(relative), path, scale: 1e-300);
                break;
            default:
                Assert.Equal(expected.ToString(), actual.ToString());
                break;
        }
    }
}
