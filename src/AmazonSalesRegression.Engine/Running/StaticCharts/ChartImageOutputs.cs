using System.Text.Json;
using System.Text.Json.Nodes;
using AmazonSalesRegression.Engine.Formatting;
using AmazonSalesRegression.Engine.Notebooks;

namespace AmazonSalesRegression.Engine.Running.StaticCharts;

/// <summary>
/// Reads and writes the static image of a Plotly output: <c>image/png</c> (base64) in the output's data, and
/// <c>{"image/png": {"figure_sha256", "width", "height"}}</c> in its metadata, naming the figure it was rendered from.
/// </summary>
internal static class ChartImageOutputs
{
    /// <summary>The MIME type of the static image.</summary>
    public const string Png = "image/png";

    /// <summary>The metadata key holding the figure hash.</summary>
    public const string FigureHashKey = "figure_sha256";

    /// <summary>The output's MIME bundle and metadata, when it is a display or a result.</summary>
    public static (IReadOnlyDictionary<string, JsonNode> Data, JsonObject Metadata)? Bundle(NotebookOutput output) =>
        output switch
        {
            DisplayDataOutput display => (display.Data, display.Metadata),
            ExecuteResultOutput result => (result.Data, result.Metadata),
            _ => null,
        };

    /// <summary>The hash of the output's Plotly figure, or <see langword="null"/> when it has none.</summary>
    public static string? FigureHashOf(NotebookOutput output) =>
        Bundle(output) is { } bundle && bundle.Data.TryGetValue(MimeTypes.PlotlyJson, out var figure) ? FigureHash.Of(figure) : null;

    /// <summary>The committed image and its recorded figure hash and size, when the output has both.</summary>
    public static (string Base64, string FigureHash, ChartImageSize Size)? ImageOf(NotebookOutput output)
    {
        if (
            Bundle(output) is not { } bundle
            || !bundle.Data.TryGetValue(Png, out var png)
            || png is not JsonValue pngValue
            || !pngValue.TryGetValue<string>(out var base64)
            || bundle.Metadata[Png] is not JsonObject info
            || info[FigureHashKey] is not JsonValue hash
            || !hash.TryGetValue<string>(out var figureHash)
        )
        {
            return null;
        }

        return (base64, figureHash, new ChartImageSize(Int(info["width"]), Int(info["height"])));
    }

    /// <summary>
    /// <paramref name="output"/> with <paramref name="base64"/> as its image, rendered from <paramref name="figureHash"/>;
    /// its chart HTML falls back to the same image (<see cref="PlotlyChartHtml.WithImage"/>).
    /// </summary>
    public static NotebookOutput WithImage(NotebookOutput output, string base64, string figureHash, ChartImageSize size)
    {
        var (data, metadata) = Bundle(output) ?? throw new ArgumentException("Only displays and results carry images.", nameof(output));
        var newData = new Dictionary<string, JsonNode>(data, StringComparer.Ordinal) { [Png] = JsonValue.Create(base64) };
        if (Text(data, MimeTypes.Html) is { } html)
        {
            newData[MimeTypes.Html] = JsonValue.Create(
                PlotlyChartHtml.WithImage(html, base64, Text(data, MimeTypes.PlainText) ?? "Plotly chart")
            );
        }

        var newMetadata = metadata.DeepClone().AsObject();
        newMetadata[Png] = new JsonObject
        {
            [FigureHashKey] = figureHash,
            ["height"] = size.Height,
            ["width"] = size.Width,
        };
        return output switch
        {
            DisplayDataOutput display => display with { Data = newData, Metadata = newMetadata },
            ExecuteResultOutput result => result with { Data = newData, Metadata = newMetadata },
            _ => output,
        };
    }

    private static string? Text(IReadOnlyDictionary<string, JsonNode> data, string mimeType) =>
        data.TryGetValue(mimeType, out var node) && node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static int Int(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var number) ? number : 0;
}
