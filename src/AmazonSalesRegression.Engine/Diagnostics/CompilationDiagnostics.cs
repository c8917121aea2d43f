using Microsoft.CodeAnalysis;

namespace AmazonSalesRegression.Engine.Diagnostics;

/// <summary>Formats compiler diagnostics relative to the cell: <c>(line,col): error CSxxxx: message</c>.</summary>
internal static class CompilationDiagnostics
{
    /// <summary>The errors among <paramref name="diagnostics"/>, in source order.</summary>
    public static IReadOnlyList<string> FormatErrors(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .OrderBy(d => d.Location.SourceSpan.Start)
            .Select(Format)
            .Distinct()
            .ToArray();

    /// <summary>One diagnostic; the position is 1-based and omitted when the diagnostic has no source location.</summary>
    public static string Format(Diagnostic diagnostic)
    {
        var message =
            $"{(diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning")} {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
        if (!diagnostic.Location.IsInSource)
        {
            return message;
        }

        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return $"({(start.Line + 1).ToString(CultureInfo.InvariantCulture)},{(start.Character + 1).ToString(CultureInfo.InvariantCulture)}): {message}";
    }
}
