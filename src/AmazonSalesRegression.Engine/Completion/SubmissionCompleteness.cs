using AmazonSalesRegression.Engine.Directives;
using Microsoft.CodeAnalysis.CSharp;

namespace AmazonSalesRegression.Engine.Completion;

/// <summary>
/// Jupyter's <c>is_complete</c> for C#: <c>complete</c> when Roslyn accepts the code as a whole submission,
/// <c>invalid</c> when brackets close that never opened (no further line can fix that), otherwise <c>incomplete</c>
/// with four spaces of indentation per bracket still open.
/// </summary>
internal static class SubmissionCompleteness
{
    private static readonly CSharpParseOptions s_script = new(LanguageVersion.Latest, kind: Microsoft.CodeAnalysis.SourceCodeKind.Script);

    /// <summary>The status of <paramref name="code"/>.</summary>
    public static IsCompleteResult Check(string code)
    {
        var csharp = DirectiveProcessor.Blank(code);
        if (string.IsNullOrWhiteSpace(csharp))
        {
            return new IsCompleteResult("complete", string.Empty);
        }

        var open = new Stack<SyntaxKind>();
        foreach (var token in SyntaxFactory.ParseTokens(csharp, options: s_script))
        {
            switch (token.Kind())
            {
                case SyntaxKind.OpenBraceToken or SyntaxKind.OpenParenToken or SyntaxKind.OpenBracketToken:
                    open.Push(token.Kind());
                    break;
                case SyntaxKind.CloseBraceToken or SyntaxKind.CloseParenToken or SyntaxKind.CloseBracketToken:
                    if (!open.TryPop(out var opener) || opener != Opener(token.Kind()))
                    {
                        return new IsCompleteResult("invalid", string.Empty);
                    }

                    break;
            }
        }

        if (SyntaxFactory.IsCompleteSubmission(SyntaxFactory.ParseSyntaxTree(csharp, s_script)))
        {
            return new IsCompleteResult("complete", string.Empty);
        }

        return new IsCompleteResult("incomplete", new string(' ', 4 * open.Count));
    }

    private static SyntaxKind Opener(SyntaxKind closer) =>
        closer switch
        {
            SyntaxKind.CloseBraceToken => SyntaxKind.OpenBraceToken,
            SyntaxKind.CloseParenToken => SyntaxKind.OpenParenToken,
            _ => SyntaxKind.OpenBracketToken,
        };
}
