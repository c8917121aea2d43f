using System.Globalization;

namespace AmazonSalesRegression.Features.Formulas;

/// <summary>Splits a formula into tokens: names (letters, digits, <c>_</c> and <c>.</c>, or any text in backticks), numbers, strings, operators.</summary>
internal static class FormulaTokenizer
{
    private static readonly string[] Operators = ["**", "~", "+", "-", "*", "/", ":", "^"];

    public static List<FormulaToken> Tokenize(string formula)
    {
        var tokens = new List<FormulaToken>();
        var i = 0;
        while (i < formula.Length)
        {
            var c = formula[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                var start = i;
                while (i < formula.Length && (char.IsAsciiLetterOrDigit(formula[i]) || formula[i] is '_' or '.'))
                {
                    i++;
                }

                tokens.Add(new(FormulaTokenKind.Name, formula[start..i], start, i));
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < formula.Length && char.IsAsciiDigit(formula[i + 1])))
            {
                tokens.Add(ReadNumber(formula, ref i));
            }
            else if (c is '"' or '\'' or '`')
            {
                tokens.Add(ReadQuoted(formula, ref i, c == '`' ? FormulaTokenKind.Name : FormulaTokenKind.String));
            }
            else
            {
                tokens.Add(ReadPunctuation(formula, ref i));
            }
        }

        tokens.Add(new(FormulaTokenKind.End, string.Empty, formula.Length, formula.Length));
        return tokens;
    }

    private static FormulaToken ReadNumber(string formula, ref int i)
    {
        var start = i;
        while (i < formula.Length && (char.IsAsciiDigit(formula[i]) || formula[i] == '.'))
        {
            i++;
        }

        if (i < formula.Length && formula[i] is 'e' or 'E')
        {
            var exponent = i + 1 < formula.Length && formula[i + 1] is '+' or '-' ? i + 2 : i + 1;
            if (exponent < formula.Length && char.IsAsciiDigit(formula[exponent]))
            {
                i = exponent;
                while (i < formula.Length && char.IsAsciiDigit(formula[i]))
                {
                    i++;
                }
            }
        }

        var text = formula[start..i];
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            throw new FormulaException(formula, start, $"'{text}' is not a number");
        }

        return new(FormulaTokenKind.Number, text, start, i);
    }

    private static FormulaToken ReadQuoted(string formula, ref int i, FormulaTokenKind kind)
    {
        var quote = formula[i];
        var start = i;
        var close = formula.IndexOf(quote, i + 1);
        if (close < 0)
        {
            throw new FormulaException(formula, start, $"the quote {quote} is never closed");
        }

        i = close + 1;
        return new(kind, formula[(start + 1)..close], start, i);
    }

    private static FormulaToken ReadPunctuation(string formula, ref int i)
    {
        var start = i;
        var c = formula[i];
        var kind = c switch
        {
            '(' => FormulaTokenKind.OpenParen,
            ')' => FormulaTokenKind.CloseParen,
            ',' => FormulaTokenKind.Comma,
            '=' => FormulaTokenKind.Equals,
            _ => FormulaTokenKind.Operator,
        };
        if (kind != FormulaTokenKind.Operator)
        {
            i++;
            return new(kind, c.ToString(), start, i);
        }

        foreach (var op in Operators)
        {
            if (string.CompareOrdinal(formula, i, op, 0, op.Length) == 0)
            {
                i += op.Length;
                return new(FormulaTokenKind.Operator, op, start, i);
            }
        }

        throw new FormulaException(formula, start, $"unexpected character '{c}'");
    }
}
