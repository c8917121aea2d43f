using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AmazonSalesRegression.Engine.Sessions;

/// <summary>
/// Whether a submission ends in an expression whose value the cell shows: a last top-level expression statement
/// written without its semicolon, of a type other than <c>void</c> (so <c>Console.WriteLine("x")</c> shows nothing).
/// </summary>
internal static class TrailingExpression
{
    /// <summary>True when the cell in <paramref name="tree"/> produces a value.</summary>
    public static bool HasValue(Compilation compilation, SyntaxTree tree)
    {
        var last = tree.GetRoot().ChildNodes().OfType<GlobalStatementSyntax>().LastOrDefault();
        if (last?.Statement is not ExpressionStatementSyntax { SemicolonToken.IsMissing: true } statement)
        {
            return false;
        }

        var type = compilation.GetSemanticModel(tree).GetTypeInfo(statement.Expression).Type;
        return type is not null && type.SpecialType != SpecialType.System_Void;
    }
}
