using System.Text;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;
using AmazonSalesRegression.Engine.Formatting;
using Microsoft.CodeAnalysis;

namespace AmazonSalesRegression.Engine.Completion;

/// <summary>
/// A symbol's signature and XML documentation as <c>text/plain</c> and <c>text/markdown</c> (Jupyter's inspect reply).
/// Detail level 0 shows the summary; level 1 and above add parameters, return value, remarks and exceptions.
/// </summary>
internal static class SymbolDocumentation
{
    private static readonly SymbolDisplayFormat s_signature = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeParameters
            | SymbolDisplayMemberOptions.IncludeType
            | SymbolDisplayMemberOptions.IncludeContainingType
            | SymbolDisplayMemberOptions.IncludeRef,
        kindOptions: SymbolDisplayKindOptions.IncludeTypeKeyword | SymbolDisplayKindOptions.IncludeNamespaceKeyword,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType
            | SymbolDisplayParameterOptions.IncludeName
            | SymbolDisplayParameterOptions.IncludeParamsRefOut
            | SymbolDisplayParameterOptions.IncludeDefaultValue,
        localOptions: SymbolDisplayLocalOptions.IncludeType,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes
            | SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers
            | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier
    );

    /// <summary>The inspect bundle for <paramref name="symbol"/>.</summary>
    public static DisplayData Describe(ISymbol symbol, int detailLevel, CancellationToken cancellationToken)
    {
        var format = symbol.ContainingType is { IsScriptClass: true }
            ? s_signature.RemoveMemberOptions(SymbolDisplayMemberOptions.IncludeContainingType)
            : s_signature;
        var signature = symbol.ToDisplayString(format);
        var sections = Sections(
            symbol.GetDocumentationCommentXml(CultureInfo.InvariantCulture, expandIncludes: true, cancellationToken),
            detailLevel
        );

        var plain = new StringBuilder(signature);
        var markdown = new StringBuilder("```csharp\n").Append(signature).Append("\n```");
        foreach (var (heading, text) in sections)
        {
            plain.Append("\n\n").Append(heading is null ? text : $"{heading}:\n{text}");
            markdown.Append("\n\n").Append(heading is null ? text : $"**{heading}**\n\n{text}");
        }

        return new DisplayData(
            new Dictionary<string, JsonNode>(StringComparer.Ordinal)
            {
                [MimeTypes.PlainText] = JsonValue.Create(plain.ToString()),
                [MimeTypes.Markdown] = JsonValue.Create(markdown.ToString()),
            },
            new JsonObject()
        );
    }

    private static List<(string? Heading, string Text)> Sections(string? xml, int detailLevel)
    {
        var sections = new List<(string?, string)>();
        if (string.IsNullOrWhiteSpace(xml))
        {
            return sections;
        }

        XElement member;
        try
        {
            member = XElement.Parse(xml);
        }
        catch (XmlException)
        {
            return sections;
        }

        if (member.Element("summary") is { } summary)
        {
            sections.Add((null, Text(summary)));
        }

        if (detailLevel <= 0)
        {
            return sections;
        }

        var parameters = member.Elements("param").Select(p => $"{p.Attribute("name")?.Value}: {Text(p)}").ToArray();
        if (parameters.Length > 0)
        {
            sections.Add(("Parameters", string.Join("\n", parameters)));
        }

        foreach (var (tag, heading) in new[] { ("returns", "Returns"), ("remarks", "Remarks") })
        {
            if (member.Element(tag) is { } element)
            {
                sections.Add((heading, Text(element)));
            }
        }

        var exceptions = member.Elements("exception").Select(e => $"{CrefName(e.Attribute("cref")?.Value)}: {Text(e)}").ToArray();
        if (exceptions.Length > 0)
        {
            sections.Add(("Exceptions", string.Join("\n", exceptions)));
        }

        return sections;
    }

    private static string Text(XElement element)
    {
        var builder = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            builder.Append(
                node switch
                {
                    XText text => text.Value,
                    XElement { Name.LocalName: "see" or "seealso" } see => see.Attribute("langword")?.Value
                        ?? CrefName(see.Attribute("cref")?.Value)
                        ?? see.Value,
                    XElement { Name.LocalName: "paramref" or "typeparamref" } reference => reference.Attribute("name")?.Value,
                    XElement { Name.LocalName: "para" } paragraph => "\n" + Text(paragraph) + "\n",
                    XElement other => Text(other),
                    _ => string.Empty,
                }
            );
        }

        var lines = builder.ToString().Split('\n').Select(line => string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        return string.Join("\n", lines.Where(line => line.Length > 0));
    }

    private static string? CrefName(string? cref)
    {
        if (cref is null)
        {
            return null;
        }

        var name = cref.Length > 2 && cref[1] == ':' ? cref[2..] : cref;
        var parenthesis = name.IndexOf('(', StringComparison.Ordinal);
        if (parenthesis >= 0)
        {
            name = name[..parenthesis];
        }

        var parts = name.Split('.');
        return parts.Length >= 2 && cref.StartsWith("M:", StringComparison.Ordinal) ? $"{parts[^2]}.{parts[^1]}" : parts[^1];
    }
}
