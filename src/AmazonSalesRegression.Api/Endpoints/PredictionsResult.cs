using System.Text.Encodings.Web;
using System.Text.Json;
using AmazonSalesRegression.Api.Hosting;
using AmazonSalesRegression.Scoring;

namespace AmazonSalesRegression.Api.Endpoints;

/// <summary>
/// The answer of a prediction request, written straight to the response pipe:
/// <c>{"modelVersion":…,"predictions":[{"value":…,"lower":…,"upper":…,"mean":…,"outOfRange":[…]}]}</c>.
/// </summary>
internal sealed class PredictionsResult(LoadedModel model, DemandScore[] scores) : IResult, IStatusCodeHttpResult
{
    // Version labels contain '+'; the default encoder would write it as \u002B.
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    public int? StatusCode => StatusCodes.Status200OK;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        Write(response.BodyWriter);
        await response.BodyWriter.FlushAsync();
    }

    private void Write(System.Buffers.IBufferWriter<byte> output)
    {
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("modelVersion"u8, model.VersionLabel);
        json.WriteNumber("intervalLevel"u8, model.Scorer.Level);
        json.WriteStartArray("predictions"u8);
        foreach (var score in scores)
        {
            json.WriteStartObject();
            json.WriteNumber("value"u8, score.Value);
            json.WriteNumber("lower"u8, score.Lower);
            json.WriteNumber("upper"u8, score.Upper);
            json.WriteNumber("mean"u8, score.Mean);
            json.WriteStartArray("outOfRange"u8);
            for (var f = 0; score.OutOfRange != 0 && f < model.FeatureNamesUtf8.Length; f++)
            {
                if ((score.OutOfRange & (1UL << f)) != 0)
                {
                    json.WriteStringValue(model.FeatureNamesUtf8[f]);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
