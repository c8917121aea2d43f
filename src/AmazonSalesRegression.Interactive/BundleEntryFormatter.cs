using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;

namespace AmazonSalesRegression.Interactive;

/// <summary>
/// A .NET Interactive formatter for one MIME type of <paramref name="type"/>: writes that entry of the bundle the course's
/// kernel gives the value (from <see cref="BundleSource"/>; JSON entries as JSON text). A chart's first HTML in the
/// process also carries Plotly.js (<see cref="OfflinePlotly"/>), so front ends that draw the HTML need no network.
/// </summary>
internal sealed class BundleEntryFormatter(Type type, string mimeType, BundleSource bundles) : ITypeFormatter
{
    /// <inheritdoc />
    public string MimeType => mimeType;

    /// <inheritdoc />
    public Type Type => type;

    /// <inheritdoc />
    public bool Format(object instance, FormatContext context)
    {
        if (bundles.Take(instance, mimeType) is not { } entry)
        {
            return false;
        }

        if (mimeType == DisplayedTypes.Html && instance is GenericChart)
        {
            context.Writer.Write(OfflinePlotly.TakeLoader());
        }

        context.Writer.Write(entry is JsonValue value && value.TryGetValue<string>(out var text) ? text : entry.ToJsonString());
        return true;
    }
}
