using System.Text.Json;

namespace AmazonSalesRegression.Api.Tests;

/// <summary>What every answer to a prediction request must be, whatever was sent.</summary>
internal static class ResponseContract
{
    /// <summary>
    /// Never 5xx; a 4xx is problem+json with the same status in the body (and, when it names an instance, an index
    /// within the request); a 200 is JSON whose every prediction holds finite numbers with lower ≤ value ≤ upper.
    /// </summary>
    public static async Task AssertHoldsAsync(HttpResponseMessage response, GeneratedPost post)
    {
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status is 200 or (>= 400 and < 500), $"{status} for {post}: {text}");
        using var json = JsonDocument.Parse(text);
        if (status != 200)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(status, json.RootElement.GetProperty("status").GetInt32());
            if (json.RootElement.TryGetProperty("instanceIndex", out var index))
            {
                Assert.InRange(index.GetInt32(), 0, 999);
            }

            return;
        }

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        foreach (var prediction in json.RootElement.GetProperty("predictions").EnumerateArray())
        {
            var value = Finite(prediction, "value");
            Assert.InRange(value, Finite(prediction, "lower"), Finite(prediction, "upper"));
            Assert.True(Finite(prediction, "mean") >= 0, $"negative mean for {post}");
        }
    }

    private static double Finite(JsonElement prediction, string name)
    {
        var element = prediction.GetProperty(name);
        Assert.True(element.TryGetDouble(out var value) && double.IsFinite(value), $"{name} = {element.GetRawText()} is not finite");
        return value;
    }
}
