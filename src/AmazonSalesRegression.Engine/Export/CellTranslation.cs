using AmazonSalesRegression.Engine.Directives;
using AmazonSalesRegression.Engine.Scripting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace AmazonSalesRegression.Engine.Export;

/// <summary>
/// Takes a code cell apart for a file-based app, reading it as the engine does (a C# script with its leading directives
/// blanked): <c>using</c> directives go to the top of the program, type declarations after its statements, and a last
/// expression written without a semicolon (which the notebook shows) is wrapped in <c>CellValue.Show(() =&gt; …)</c>.
/// Script variables and methods become locals and local functions as written. What has no counterpart in a program is
/// an error naming the line: properties or access modifiers at top level, and the notebook's own globals
/// (<c>display</c>, <c>HTML</c>, input prompts, <c>.Display()</c>).
/// </summary>
internal static class CellTranslation
{
    private static readonly CSharpParseOptions s_script = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    // What a cell may call only because the notebook engine provides it.
    private static readonly HashSet<string> s_notebookGlobals =
    [
        .. typeof(CellGlobals).GetMethods().Where(m => m.DeclaringType == typeof(CellGlobals)).Select(m => m.Name),
    ];

    /// <summary>The parts of the code cell <paramref name="code"/>.</summary>
    /// <exception cref="NotebookExportException">The cell uses something a program cannot.</exception>
    public static TranslatedCell Translate(string code, CellLabel cell)
    {
        var tree = CSharpSyntaxTree.ParseText(DirectiveProcessor.Blank(code), s_script);
        var root = (CompilationUnitSyntax)tree.GetRoot();
        int Line(SyntaxNode node) => node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
        RejectNotebookGlobals(root, cell, Line);

        var edits = root.Usings.Select(u => (u.FullSpan, Text: string.Empty)).ToList();
        var types = new List<string>();
        var declarations = new List<(string, int)>();
        foreach (var member in root.Members)
        {
            switch (member)
            {
                case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax:
                    types.Add(member.ToFullString().Trim());
                    edits.Add((member.FullSpan, string.Empty));
                    break;
                case FieldDeclarationSyntax field:
                    RejectModifiers(field.Modifiers, ["const"], cell, Line(field));
                    declarations.AddRange(field.Declaration.Variables.Select(v => (v.Identifier.ValueText, Line(v))));
                    break;
                case MethodDeclarationSyntax method:
                    RejectModifiers(method.Modifiers, ["static", "async", "unsafe", "extern"], cell, Line(method));
                    declarations.Add((method.Identifier.ValueText, Line(method)));
                    break;
                case GlobalStatementSyntax statement:
                    declarations.AddRange(Declared(statement.Statement).Select(t => (t.ValueText, Line(statement))));
                    break;
                default:
                    throw cell.Error(
                        Line(member),
                        $"a top-level {Describe(member)} has no counterpart in a program; make it a local or a type."
                    );
            }
        }

        var shows = ShownValue.None;
        if (
            root.Members.OfType<GlobalStatementSyntax>().LastOrDefault()?.Statement is ExpressionStatementSyntax
            {
                SemicolonToken.IsMissing: true
            } last
        )
        {
            shows = Awaits(last.Expression) ? ShownValue.AwaitedValue : ShownValue.Value;
            var call =
                shows == ShownValue.Value
                    ? $"CellValue.Show(() => {last.Expression});"
                    : $"await CellValue.ShowAsync(async () => {last.Expression});";
            edits.Add((last.Span, call));
        }

        var usings = root.Usings.Select(u => u.WithoutTrivia().NormalizeWhitespace().ToFullString()).ToArray();
        return new TranslatedCell(
            usings,
            Tidy(tree.GetText().WithChanges(edits.Select(e => new TextChange(e.FullSpan, e.Text))).ToString()),
            types,
            declarations,
            shows
        );
    }

    private static void RejectNotebookGlobals(CompilationUnitSyntax root, CellLabel cell, Func<SyntaxNode, int> line)
    {
        foreach (var call in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            var name = call.Expression switch
            {
                IdentifierNameSyntax id when s_notebookGlobals.Contains(id.Identifier.ValueText) => id.Identifier.ValueText,
                MemberAccessExpressionSyntax { Name.Identifier.ValueText: nameof(DisplayExtensions.Display) } => "."
                    + nameof(DisplayExtensions.Display),
                _ => null,
            };
            if (name is not null)
            {
                throw cell.Error(
                    line(call),
                    $"{name}(…) is provided by the notebook, not by .NET; a program prints with Console.WriteLine."
                );
            }
        }
    }

    private static void RejectModifiers(SyntaxTokenList modifiers, string[] allowed, CellLabel cell, int line)
    {
        if (modifiers.FirstOrDefault(m => !allowed.Contains(m.ValueText)) is { RawKind: not 0 } modifier)
        {
            throw cell.Error(
                line,
                $"'{modifier.ValueText}' on a top-level declaration has no counterpart in a program, where it becomes a local; remove it."
            );
        }
    }

    // Names a top-level statement brings into the program's scope: locals, local functions, and variables declared
    // in expressions (out var, deconstruction, patterns) outside lambdas and local functions.
    private static IEnumerable<SyntaxToken> Declared(StatementSyntax statement) =>
        statement switch
        {
            LocalDeclarationStatementSyntax local => local.Declaration.Variables.Select(v => v.Identifier),
            LocalFunctionStatementSyntax function => [function.Identifier],
            ExpressionStatementSyntax expression => expression
                .DescendantNodes(node => node is not AnonymousFunctionExpressionSyntax)
                .OfType<SingleVariableDesignationSyntax>()
                .Select(d => d.Identifier),
            _ => [],
        };

    private static bool Awaits(ExpressionSyntax expression) =>
        expression.DescendantNodesAndSelf(node => node is not AnonymousFunctionExpressionSyntax).OfType<AwaitExpressionSyntax>().Any();

    private static string Describe(MemberDeclarationSyntax member) =>
        member switch
        {
            PropertyDeclarationSyntax => "property",
            EventDeclarationSyntax or EventFieldDeclarationSyntax => "event",
            _ => member.Kind().ToString(),
        };

    // Blanked directive lines and cut-out usings leave empty lines; drop them at both ends and trailing spaces everywhere.
    private static string Tidy(string code)
    {
        var lines = code.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd()).ToList();
        var first = lines.FindIndex(l => l.Length > 0);
        var last = lines.FindLastIndex(l => l.Length > 0);
        return first < 0 ? string.Empty : string.Join('\n', lines[first..(last + 1)]);
    }
}
