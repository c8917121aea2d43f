using AmazonSalesRegression.Api.Hosting;
using AmazonSalesRegression.Api.Monitoring;
using AmazonSalesRegression.Api.OpenApi;
using AmazonSalesRegression.Api.Requests;
using AmazonSalesRegression.Scoring;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AmazonSalesRegression.Api.Endpoints;

/// <summary>
/// The prediction routes (tag <c>Predictions</c>): <c>POST /predict</c> and <c>POST /invocations</c> (SageMaker's path),
/// one contract: JSON <c>{"instances":[…]}</c> or <c>text/csv</c> with a header row; answers the model version and one
/// prediction (median units with a prediction interval and out-of-range flags) per instance, or problem+json for a
/// client mistake.
/// </summary>
internal static class PredictionEndpoints
{
    /// <summary>Maps <c>POST /predict</c> and <c>POST /invocations</c>.</summary>
    public static IEndpointRouteBuilder MapPredictions(this IEndpointRouteBuilder app)
    {
        var predictions = app.MapGroup("").WithTags("Predictions");
        predictions.MapPost("/predict", PredictAsync).WithPredictionDocs("Predict daily demand for instances sent as JSON or CSV.");
        predictions
            .MapPost("/invocations", PredictAsync)
            .WithPredictionDocs("Predict daily demand (SageMaker's inference path; the same contract as /predict).");
        return app;
    }

    private static async Task<Results<PredictionsResult, ProblemHttpResult, ModelNotReady>> PredictAsync(
        HttpContext http,
        ModelHolder holder,
        ServiceMetrics metrics,
        CancellationToken cancellation
    )
    {
        var model = holder.Current;
        if (model is null)
        {
            return ModelNotReady.Result;
        }

        http.Response.Headers[ModelVersionHeader.Name] = model.VersionLabel;
        var parser = ParserFor(http.Request.ContentType);
        if (parser is null)
        {
            return TypedResults.Problem(
                "send application/json ({\"instances\": [...]}) or text/csv with a header row.",
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type"
            );
        }

        var (body, error) = await RequestBody.ReadAsync(http.Request, cancellation);
        if (error is not null)
        {
            return error.ToResult();
        }

        error = parser(body, model.Scorer, out var batch);
        if (error is not null)
        {
            return error.ToResult();
        }

        var scores = new DemandScore[batch!.Count];
        error = InstanceScoring.Score(model.Scorer, batch, scores);
        if (error is not null)
        {
            return error.ToResult();
        }

        for (var i = 0; i < scores.Length; i++)
        {
            model.Drift.Record(batch.Row(i), scores[i].LogMean);
        }

        metrics.RecordPredictions(scores);
        http.Items[RequestMonitoring.PredictionCountKey] = scores.Length;
        return new PredictionsResult(model, scores);
    }

    private delegate RequestError? Parser(ReadOnlySpan<byte> body, DemandScorer scorer, out InstanceBatch? batch);

    private static Parser? ParserFor(string? contentType)
    {
        var media = contentType is null ? "application/json" : contentType.Split(';')[0].Trim();
        return media.ToLowerInvariant() switch
        {
            "application/json" => JsonInstances.Parse,
            "text/csv" => CsvInstances.Parse,
            _ => null,
        };
    }
}
