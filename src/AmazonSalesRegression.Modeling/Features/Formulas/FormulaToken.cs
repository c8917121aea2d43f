namespace AmazonSalesRegression.Features.Formulas;

/// <summary>Kinds of formula tokens.</summary>
internal enum FormulaTokenKind
{
    Name,
    Number,
    String,
    Operator,
    OpenParen,
    CloseParen,
    Comma,
    Equals,
    End,
}

/// <summary>One token of a formula and where it starts.</summary>
/// <param name="Kind">What the token is.</param>
/// <param name="Text">Its text; for quoted names and strings, without the quotes.</param>
/// <param name="Start">0-based position of its first character.</param>
/// <param name="End">Position just after its last character (including any closing quote).</param>
internal readonly record struct FormulaToken(FormulaTokenKind Kind, string Text, int Start, int End);
