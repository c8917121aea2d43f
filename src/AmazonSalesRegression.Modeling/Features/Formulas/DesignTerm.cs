namespace AmazonSalesRegression.Features.Formulas;

/// <summary>A term of a design matrix and the columns it occupies; the intercept is a term with no factors.</summary>
/// <param name="Name">The term as written, e.g. <c>C(category)</c> or <c>log(price):prime_day</c>; <c>Intercept</c> for the intercept.</param>
/// <param name="Factors">Each factor's text and coding, in the order written.</param>
/// <param name="FirstColumn">Index of the term's first column.</param>
/// <param name="ColumnCount">Number of columns (degrees of freedom) of the term.</param>
public sealed record DesignTerm(string Name, IReadOnlyList<(string Factor, FactorCoding Coding)> Factors, int FirstColumn, int ColumnCount)
{
    /// <summary>Whether this is the intercept.</summary>
    public bool IsIntercept => Factors.Count == 0;
}
