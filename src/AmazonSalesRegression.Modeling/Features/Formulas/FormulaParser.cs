using System.Globalization;

namespace AmazonSalesRegression.Features.Formulas;

/// <summary>
/// Parses formula text into a syntax tree by precedence climbing. Binding, loosest first:
/// <c>~</c>; <c>+ -</c>; <c>* /</c>; <c>:</c>; <c>^ **</c> (right-associative); unary <c>- +</c>.
/// Inside function calls the same operators are arithmetic, as in patsy's <c>I(...)</c>.
/// </summary>
internal sealed class FormulaParser
{
    /// <summary>
    /// The deepest nesting of parentheses, calls, unary signs and powers that a formula may have. Parsing and the later
    /// tree walks recurse once per level, so an unbounded depth could overflow the stack; real formulas nest a few levels.
    /// </summary>
    internal const int MaxDepth = 100;

    private readonly string _formula;
    private readonly List<FormulaToken> _tokens;
    private int _next;
    private int _depth;

    private FormulaParser(string formula)
    {
        _formula = formula;
        _tokens = FormulaTokenizer.Tokenize(formula);
    }

    /// <summary>Parses a whole formula, <c>response ~ terms</c> or <c>~ terms</c>.</summary>
    public static (FormulaNode? Response, FormulaNode Terms) ParseFormula(string formula)
    {
        var parser = new FormulaParser(formula);
        FormulaNode? response = null;
        if (!parser.PeekOperator("~"))
        {
            response = parser.ParseExpression(2);
        }

        parser.ExpectOperator("~", "expected '~' between the response and the terms, e.g. 'units ~ price'");
        var terms = parser.ParseExpression(2);
        parser.Expect(FormulaTokenKind.End, "unexpected text after the formula");
        return (response, terms);
    }

    private static int BindingPower(string op) =>
        op switch
        {
            "+" or "-" => 2,
            "*" or "/" => 3,
            ":" => 4,
            "^" or "**" => 5,
            _ => 0,
        };

    private FormulaNode ParseExpression(int minimum)
    {
        if (_depth == MaxDepth)
        {
            throw new FormulaException(
                _formula,
                Peek.Start,
                $"the formula nests more than {MaxDepth} levels deep (parentheses, calls, signs or powers)"
            );
        }

        _depth++;
        var left = ParsePrefix();
        while (Peek.Kind == FormulaTokenKind.Operator && BindingPower(Peek.Text) >= minimum)
        {
            var op = Take();
            var power = BindingPower(op.Text);
            var right = ParseExpression(op.Text is "^" or "**" ? power : power + 1);
            left = new BinaryNode(op.Text, left, right, left.Start, right.End);
        }

        _depth--;
        return left;
    }

    private FormulaNode ParsePrefix()
    {
        var token = Take();
        switch (token.Kind)
        {
            case FormulaTokenKind.Operator when token.Text is "-" or "+":
                var operand = ParseExpression(5);
                return new UnaryNode(token.Text, operand, token.Start, operand.End);
            case FormulaTokenKind.Number:
                return new NumberNode(double.Parse(token.Text, CultureInfo.InvariantCulture), token.Start, token.End);
            case FormulaTokenKind.String:
                return new StringNode(token.Text, token.Start, token.End);
            case FormulaTokenKind.Name when Peek.Kind == FormulaTokenKind.OpenParen:
                return ParseCall(token);
            case FormulaTokenKind.Name:
                return new NameNode(token.Text, token.Start, token.End);
            case FormulaTokenKind.OpenParen:
                var inner = ParseExpression(2);
                var close = Expect(FormulaTokenKind.CloseParen, "expected ')'");
                return inner with { Start = token.Start, End = close.End };
            case FormulaTokenKind.End:
                throw new FormulaException(_formula, token.Start, "the formula ends where a term was expected");
            default:
                throw new FormulaException(_formula, token.Start, $"expected a column, number or function, found '{token.Text}'");
        }
    }

    private CallNode ParseCall(FormulaToken name)
    {
        Take();
        var positional = new List<FormulaNode>();
        var named = new Dictionary<string, FormulaNode>(StringComparer.Ordinal);
        while (Peek.Kind != FormulaTokenKind.CloseParen)
        {
            if (Peek.Kind == FormulaTokenKind.Name && _tokens[_next + 1].Kind == FormulaTokenKind.Equals)
            {
                var key = Take();
                Take();
                if (!named.TryAdd(key.Text, ParseExpression(2)))
                {
                    throw new FormulaException(_formula, key.Start, $"argument '{key.Text}' is given twice");
                }
            }
            else if (named.Count > 0)
            {
                throw new FormulaException(_formula, Peek.Start, "positional arguments must come before named ones");
            }
            else
            {
                positional.Add(ParseExpression(2));
            }

            if (Peek.Kind != FormulaTokenKind.Comma)
            {
                break;
            }

            Take();
        }

        var close = Expect(FormulaTokenKind.CloseParen, $"expected ')' to close {name.Text}(");
        return new CallNode(name.Text, positional, named, name.Start, close.End);
    }

    private FormulaToken Peek => _tokens[_next];

    private FormulaToken Take() => _tokens[_next++];

    private bool PeekOperator(string op) => Peek.Kind == FormulaTokenKind.Operator && Peek.Text == op;

    private void ExpectOperator(string op, string problem)
    {
        if (!PeekOperator(op))
        {
            throw new FormulaException(_formula, Peek.Start, problem);
        }

        Take();
    }

    private FormulaToken Expect(FormulaTokenKind kind, string problem) =>
        Peek.Kind == kind ? Take() : throw new FormulaException(_formula, Peek.Start, problem);
}
