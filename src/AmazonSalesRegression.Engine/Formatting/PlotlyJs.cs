using System.Text.Json.Nodes;
using Plotly.NET;

namespace AmazonSalesRegression.Engine.Formatting;

/// <summary>
/// The Plotly.js bundle Plotly.NET embeds in its assembly (<c>Plotly.NET.plotly-2.28.0.min.js</c> in Plotly.NET
/// 6.0.0), so that charts draw without a network: the static chart renderer inlines it into its page, and a live
/// session sends it to each page once (<see cref="PlotlyJsInjection"/>). Loaded on first use.
/// </summary>
public static class PlotlyJs
{
    private static readonly Lazy<(string Version, string Script)> s_bundle = new(Load);
    private static readonly Lazy<DisplayData> s_pageScript = new(PageScriptData);

    /// <summary>The bundle's version, read from its resource name, e.g. <c>2.28.0</c>.</summary>
    /// <exception cref="InvalidOperationException">Plotly.NET carries no embedded <c>plotly-*.min.js</c>.</exception>
    public static string Version => s_bundle.Value.Version;

    /// <summary>The bundle, safe to inline in a <c>&lt;script&gt;</c> element (<c>&lt;/script</c> is escaped).</summary>
    /// <exception cref="InvalidOperationException">Plotly.NET carries no embedded <c>plotly-*.min.js</c>.</exception>
    public static string Script => s_bundle.Value.Script;

    /// <summary>
    /// A display whose <c>text/html</c> defines <c>window.Plotly</c> unless the page already has it. The bundle runs
    /// with <c>define</c>, <c>exports</c> and <c>module</c> shadowed by undefined parameters, so that under RequireJS
    /// (classic Notebook) its UMD header sets the global instead of calling <c>define</c> anonymously, which RequireJS
    /// rejects for an inline script. <c>window.PlotlyConfig.MathJaxConfig = "local"</c> keeps Plotly.js from changing
    /// the page's MathJax settings.
    /// </summary>
    internal static DisplayData PageScript => s_pageScript.Value;

    private static DisplayData PageScriptData()
    {
        var html =
            "<script type=\"text/javascript\">\n"
            + $"/* Plotly.js {Version}, the copy embedded in Plotly.NET, sent once to this page for its charts. */\n"
            + "if (typeof window.Plotly === \"undefined\") {\n"
            + "  window.PlotlyConfig = window.PlotlyConfig || { MathJaxConfig: \"local\" };\n"
            + "  (function (define, exports, module) {\n"
            + Script
            + "\n  }).call(window);\n}\n</script>\n";
        var data = new Dictionary<string, JsonNode>(StringComparer.Ordinal)
        {
            [MimeTypes.Html] = JsonValue.Create(html),
            [MimeTypes.PlainText] = JsonValue.Create($"Plotly.js {Version} loaded for this page's charts."),
        };
        return new DisplayData(data, new JsonObject());
    }

    private static (string Version, string Script) Load()
    {
        const string prefix = "plotly-";
        const string suffix = ".min.js";
        var assembly = typeof(GenericChart).Assembly;
        var name =
            assembly
                .GetManifestResourceNames()
                .Where(n => n.Contains(prefix, StringComparison.Ordinal) && n.EndsWith(suffix, StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .LastOrDefault()
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} carries no embedded plotly-*.min.js.");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        var script = reader.ReadToEnd().Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);
        var start = name.LastIndexOf(prefix, StringComparison.Ordinal) + prefix.Length;
        return (name[start..^suffix.Length], script);
    }
}
