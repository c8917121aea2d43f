namespace AmazonSalesRegression.Api.Requests;

/// <summary>A client mistake: the status to answer and a one-line, internals-free explanation.</summary>
/// <param name="Status">400, 413, 415 or 422.</param>
/// <param name="Title">Short summary for problem+json.</param>
/// <param name="Detail">What exactly is wrong, naming the instance and feature.</param>
internal sealed record RequestError(int Status, string Title, string Detail)
{
    public static RequestError Malformed(string detail) => new(StatusCodes.Status400BadRequest, "Malformed request", detail);

    public static RequestError Invalid(string detail) => new(StatusCodes.Status422UnprocessableEntity, "Invalid instance", detail);

    public static RequestError TooLarge(string detail) => new(StatusCodes.Status413PayloadTooLarge, "Request too large", detail);

    /// <summary>The problem+json result.</summary>
    public IResult ToResult() => TypedResults.Problem(Detail, statusCode: Status, title: Title);
}
