namespace AmazonSalesRegression.Features.Formulas;

/// <summary>A formula that cannot be parsed or does not fit the data; the message shows the formula with a caret under the problem.</summary>
public sealed class FormulaException : Exception
{
    /// <summary>Creates an error at <paramref name="position"/> (0-based) in <paramref name="formula"/>.</summary>
    public FormulaException(string formula, int position, string problem)
        : base(
            $"{problem} (column {position + 1} of the formula){Environment.NewLine}  {formula}{Environment.NewLine}  {new string(' ', Math.Clamp(position, 0, formula.Length))}^"
        )
    {
        Formula = formula;
        Position = position;
        Problem = problem;
    }

    /// <summary>The formula text.</summary>
    public string Formula { get; }

    /// <summary>0-based character position of the problem.</summary>
    public int Position { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }
}
