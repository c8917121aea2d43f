using Plotly.NET;

namespace AmazonSalesRegression.Engine.Formatting;

/// <summary>
/// The Plotly.js that Plotly.NET embeds (manifest resource <c>plotly-X.Y.Z.min.js</c> of <c>Plotly.NET.dll</c>), ready to
/// inline in a <c>&lt;script&gt;</c> element: pages and notebook outputs draw charts with it and never need the network.
/// </summary>
public static class PlotlyJavaScript
{
    private static readonly Lazy<string> s_source = new(Load);

    /// <summary>The minified Plotly.js, with every <c>&lt;/script</c> written <c>&lt;\/script</c> so it cannot end its element.</summary>
    /// <exception cref="InvalidOperationException">The Plotly.NET assembly carries no embedded Plotly.js.</exception>
    public static string Source => s_source.Value;

    private static string Load()
    {
        var assembly = typeof(GenericChart).Assembly;
        var name =
            assembly
                .GetManifestResourceNames()
                .Where(n => n.Contains("plotly-", StringComparison.Ordinal) && n.EndsWith(".min.js", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .LastOrDefault()
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} carries no embedded plotly.min.js.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);
    }
}
