using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace AmazonSalesRegression.Api.Endpoints;

/// <summary>
/// The one answer of every endpoint that needs a model while none is loaded and verified yet (at start, or while the
/// first file is missing or rejected): 503 problem+json, the same title and detail everywhere. An endpoint that can
/// return it is documented with the 503 in the OpenAPI document without saying so itself.
/// </summary>
internal sealed class ModelNotReady : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    /// <summary>The problem's title.</summary>
    public const string Title = "Model not ready";

    /// <summary>The problem's detail.</summary>
    public const string Detail = "the model is not loaded yet; retry when GET /ping answers 200.";

    private ModelNotReady() { }

    /// <summary>The result (it holds nothing per request).</summary>
    public static ModelNotReady Result { get; } = new();

    /// <summary>503 Service Unavailable.</summary>
    public int? StatusCode => StatusCodes.Status503ServiceUnavailable;

    /// <summary>Writes the problem+json body (a fresh one per request: the writer adds the request's trace id to it).</summary>
    public Task ExecuteAsync(HttpContext httpContext) =>
        TypedResults.Problem(Detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: Title).ExecuteAsync(httpContext);

    /// <summary>Documents the 503 problem+json answer of the endpoint returning this result.</summary>
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(
            new ProducesResponseTypeMetadata(StatusCodes.Status503ServiceUnavailable, typeof(ProblemDetails), ["application/problem+json"])
        );
}
