namespace AmazonSalesRegression.Features.Formulas;

/// <summary>
/// A model formula in the notation of R and statsmodels (patsy), e.g.
/// <c>log(units_sold) ~ log(selling_price) + C(category) + prime_day + log(selling_price):prime_day</c>.
/// </summary>
/// <remarks>
/// Supported: columns (backticks for names with spaces), <c>+ - : * / ^</c>, <c>0</c>/<c>1</c>/<c>-1</c> for the intercept,
/// <c>C(x)</c> and <c>C(x, Treatment("level"))</c> for categorical factors with a reference level, <c>I(...)</c> for arithmetic,
/// functions <c>log log2 log10 log1p exp sqrt abs</c> (also with numpy's <c>np.</c> prefix), <c>center</c> and <c>standardize</c>,
/// <c>poly(x, d)</c> for R's orthogonal polynomials of degree 1 … d (d columns <c>poly(x, d)1</c> …; not scored by the production scorer),
/// and date functions <c>dayofweek month</c> (categorical), <c>year dayofyear</c> and <c>time</c> (years since the first training day).
/// Text columns are categorical without <c>C()</c>. Build a design matrix with <see cref="ModelMatrix"/>.
/// </remarks>
public sealed partial class Formula
{
    private Formula(
        string text,
        FormulaNode? response,
        IReadOnlyList<FormulaTerm> terms,
        bool hasIntercept,
        Dictionary<string, FormulaNode> factors
    )
    {
        Text = text;
        ResponseNode = response;
        Terms = terms;
        HasIntercept = hasIntercept;
        FactorNodes = factors;
    }

    /// <summary>The formula as written.</summary>
    public string Text { get; }

    /// <summary>The response as written (white space removed), e.g. <c>log(units_sold)</c>; <see langword="null"/> for a one-sided formula.</summary>
    public string? Response => ResponseNode?.TextIn(Text);

    /// <summary>Whether the model has an intercept (it does unless the formula says <c>0</c> or <c>-1</c>).</summary>
    public bool HasIntercept { get; }

    /// <summary>The terms other than the intercept, in the order they appear.</summary>
    public IReadOnlyList<FormulaTerm> Terms { get; }

    internal FormulaNode? ResponseNode { get; }

    internal IReadOnlyDictionary<string, FormulaNode> FactorNodes { get; }

    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <exception cref="FormulaException">The formula is malformed; the message points at the problem.</exception>
    public static Formula Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (response, rhs) = FormulaParser.ParseFormula(text);
        var factors = new Dictionary<string, FormulaNode>(StringComparer.Ordinal);
        var expansion = new TermExpansion(text, factors).Expand(rhs);
        if (expansion.Terms.Count == 0 && (expansion.Zero || expansion.RemovesIntercept))
        {
            throw new FormulaException(text, rhs.Start, "the model has no terms and no intercept");
        }

        return new Formula(text, response, expansion.Terms, !(expansion.Zero || expansion.RemovesIntercept), factors);
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
