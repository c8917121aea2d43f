using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AmazonSalesRegression.Engine.Diagnostics;

/// <summary>
/// Rejects, before running, code that names <c>System.Environment.Exit</c> or <c>System.Environment.FailFast</c>:
/// both would end the kernel process, not just the cell. The check binds names, so aliases and
/// <c>using static System.Environment;</c> are caught too; reflection is not (an in-process engine cannot prevent it).
/// </summary>
internal static class ForbiddenCalls
{
    private static readonly HashSet<string> s_names = ["Exit", "FailFast"];

    /// <summary>Compile-style errors (<c>NB0001</c>) for each forbidden name in <paramref name="tree"/>.</summary>
    public static IReadOnlyList<string> Find(Compilation compilation, SyntaxTree tree, CancellationToken cancellationToken)
    {
        var root = tree.GetRoot(cancellationToken);
        var candidates = root.DescendantNodes().OfType<SimpleNameSyntax>().Where(n => s_names.Contains(n.Identifier.ValueText)).ToArray();
        if (candidates.Length == 0)
        {
            return [];
        }

        var model = compilation.GetSemanticModel(tree);
        var errors = new List<string>();
        foreach (var name in candidates)
        {
            var info = model.GetSymbolInfo(name, cancellationToken);
            var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
            if (
                symbol is IMethodSymbol { ContainingType: { Name: nameof(Environment), ContainingNamespace.Name: nameof(System) } } method
                && method.ContainingType.ContainingNamespace.ContainingNamespace.IsGlobalNamespace
            )
            {
                var position = name.GetLocation().GetLineSpan().StartLinePosition;
                errors.Add(
                    $"({(position.Line + 1).ToString(CultureInfo.InvariantCulture)},{(position.Character + 1).ToString(CultureInfo.InvariantCulture)}): "
                        + $"error NB0001: Environment.{method.Name} would end the notebook kernel, not just this cell, and is not allowed; throw an exception to stop a cell."
                );
            }
        }

        return errors;
    }
}
