using Microsoft.CodeAnalysis.CSharp;

namespace AmazonSalesRegression.Engine;

/// <summary>What a front end needs to know about the cells' language (Jupyter's <c>language_info</c>).</summary>
public static class NotebookLanguage
{
    /// <summary>The language name, <c>C#</c>.</summary>
    public const string Name = "C#";

    /// <summary>The file extension of C# source, <c>.cs</c>.</summary>
    public const string FileExtension = ".cs";

    /// <summary>The MIME type of C# source, <c>text/x-csharp</c>.</summary>
    public const string MimeType = "text/x-csharp";

    /// <summary>The Pygments lexer for C#, <c>csharp</c>.</summary>
    public const string PygmentsLexer = "csharp";

    /// <summary>The C# version cells compile with (Roslyn's latest released version, e.g. <c>14.0</c>).</summary>
    public static string Version { get; } = LanguageVersion.Latest.MapSpecifiedToEffectiveVersion().ToDisplayString();
}
