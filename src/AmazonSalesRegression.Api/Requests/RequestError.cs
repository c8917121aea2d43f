using Microsoft.AspNetCore.Http.HttpResults;

namespace AmazonSalesRegression.Api.Requests;

/// <summary>A client mistake: the status to answer and a one-line, internals-free explanation.</summary>
/// <param name="Status">400, 413, 415 or 422.</param>
/// <param name="Title">Short summary for problem+json.</param>
/// <param name="Detail">What exactly is wrong, naming the instance and feature.</param>
internal sealed record RequestError(int Status, string Title, string Detail)
{
    /// <summary>The index (0-based) of the instance the mistake is in, when it is in one.</summary>
    public int? Instance { get; init; }

    /// <summary>The features the mistake is about (empty when it is about none).</summary>
    public string[] Features { get; init; } = [];

    /// <summary>400: the body cannot be read as instances (syntax, types, missing or unknown features, non-finite numbers).</summary>
    public static RequestError Malformed(string detail) => new(StatusCodes.Status400BadRequest, "Malformed request", detail);

    /// <summary>422: the instances are readable but the model cannot score them (unknown category, flag not 0/1, value outside a transform's domain, overflow).</summary>
    public static RequestError Invalid(string detail) => new(StatusCodes.Status422UnprocessableEntity, "Invalid instance", detail);

    /// <summary>413: too many bytes or instances.</summary>
    public static RequestError TooLarge(string detail) => new(StatusCodes.Status413PayloadTooLarge, "Request too large", detail);

    /// <summary>This error, pointed at instance <paramref name="instance"/> and <paramref name="features"/>.</summary>
    public RequestError At(int instance, params string[] features) => this with { Instance = instance, Features = features };

    /// <summary>
    /// The problem+json result; an error in an instance also carries <c>instanceIndex</c> and <c>features</c>, so that
    /// a client can point at the value without parsing the detail.
    /// </summary>
    public ProblemHttpResult ToResult() =>
        TypedResults.Problem(
            Detail,
            statusCode: Status,
            title: Title,
            extensions: Instance is { } index
                ? new Dictionary<string, object?> { ["instanceIndex"] = index, ["features"] = Features }
                : null
        );
}
