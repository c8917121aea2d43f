using System.Text.Json.Nodes;

namespace AmazonSalesRegression.Engine;

/// <summary>
/// A MIME bundle as Jupyter defines it: one representation per MIME type (e.g. <c>text/plain</c>, <c>text/html</c>,
/// <c>application/vnd.plotly.v1+json</c>, <c>image/png</c>), plus per-type metadata. Text representations are JSON strings;
/// JSON representations are JSON objects. Every bundle has a <c>text/plain</c> entry.
/// </summary>
/// <param name="Data">MIME type to representation.</param>
/// <param name="Metadata">Metadata keyed by MIME type (may be empty).</param>
public sealed record DisplayData(IReadOnlyDictionary<string, JsonNode> Data, JsonObject Metadata);
