namespace AmazonSalesRegression.Api.OpenApi;

/// <summary>The answer of a prediction request: the model that scored and one prediction per instance.</summary>
/// <remarks>The OpenAPI document's schema of a 200 answer of <c>/predict</c> and <c>/invocations</c>; <c>PredictionsResult</c> writes it without allocating.</remarks>
internal sealed record PredictResponse
{
    /// <summary>The model that scored: version, <c>+</c> and the first 12 hex digits of the artifact's SHA-256 (also the <c>X-Model-Version</c> header).</summary>
    public required string ModelVersion { get; init; }

    /// <summary>Coverage of the prediction intervals, e.g. 0.95.</summary>
    public required double IntervalLevel { get; init; }

    /// <summary>One prediction per instance, in request order.</summary>
    public required IReadOnlyList<PredictionItem> Predictions { get; init; }
}

/// <summary>One prediction: always finite numbers (an instance that would overflow is refused with 422 instead).</summary>
internal sealed record PredictionItem
{
    /// <summary>Predicted median units, exp(ŷ).</summary>
    public required double Value { get; init; }

    /// <summary>Lower limit of the prediction interval, in units.</summary>
    public required double Lower { get; init; }

    /// <summary>Upper limit of the prediction interval, in units.</summary>
    public required double Upper { get; init; }

    /// <summary>Predicted mean units, exp(ŷ + s²/2): sum these for totals.</summary>
    public required double Mean { get; init; }

    /// <summary>The inputs outside their training range (scored, but the model extrapolates); empty when none.</summary>
    public required IReadOnlyList<string> OutOfRange { get; init; }
}
