using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace AmazonSalesRegression.Cli.Tests.Docs;

/// <summary>The <c>```csharp</c> blocks of a Markdown text, compiled as scripts against the course library and its packages.</summary>
internal static partial class CSharpSnippets
{
    private static readonly Lazy<ScriptOptions> s_options = new(() =>
        ScriptOptions
            .Default.WithReferences(
                Directory
                    .EnumerateFiles(AppContext.BaseDirectory, "*.dll")
                    .Where(IsManagedAssembly)
                    .Select(path => MetadataReference.CreateFromFile(path))
            )
            .AddReferences(
                ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
                    .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                    .Where(path =>
                        Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal)
                        || Path.GetFileName(path) == "netstandard.dll"
                    )
                    .Select(path => MetadataReference.CreateFromFile(path))
            )
            .WithImports("System", "System.Linq", "System.Collections.Generic", "System.IO", "System.Threading.Tasks")
            .WithLanguageVersion(LanguageVersion.Latest)
    );

    /// <summary>Every C# block of <paramref name="markdown"/> with the line its code starts on.</summary>
    public static IEnumerable<(int Line, string Code)> Blocks(string markdown)
    {
        var text = markdown.Replace("\r\n", "\n", StringComparison.Ordinal);
        foreach (Match block in Fence().Matches(text))
        {
            yield return (text[..block.Index].Count(c => c == '\n') + 2, block.Groups["code"].Value);
        }
    }

    /// <summary>The compile errors of <paramref name="code"/> (empty when it compiles).</summary>
    public static ImmutableArray<Diagnostic> Errors(string code) =>
        [.. CSharpScript.Create(code, s_options.Value).Compile().Where(d => d.Severity == DiagnosticSeverity.Error)];

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^```(?:csharp|cs|c#)[ \t]*\n(?<code>.*?)^```[ \t]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();
}
