using System.Text.Json;
using System.Text.Json.Serialization;
using AmazonSalesRegression.Api.OpenApi;
using AmazonSalesRegression.Scoring.Drift;

namespace AmazonSalesRegression.Api.Endpoints;

/// <summary>
/// Source-generated JSON metadata of what the service writes through <c>JsonOptions</c> (response bodies, the problem
/// extensions <c>instanceIndex</c> and <c>features</c>, and the types the OpenAPI document describes), so that none of
/// it needs reflection; enums (the drift verdicts) are written by name.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, NumberHandling = JsonNumberHandling.Strict, UseStringEnumConverter = true)]
[JsonSerializable(typeof(VersionEndpoint.ModelVersion))]
[JsonSerializable(typeof(DriftReport))]
[JsonSerializable(typeof(PredictResponse))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(string[]))]
internal sealed partial class ServiceJsonContext : JsonSerializerContext;
