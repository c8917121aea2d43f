namespace AmazonSalesRegression.Features.Formulas;

/// <summary>How a factor enters the columns of a term.</summary>
public enum FactorCoding
{
    /// <summary>A numeric factor: its values multiply the term's columns.</summary>
    Numeric,

    /// <summary>A categorical factor coded by treatment contrasts: one indicator per level except the reference level.</summary>
    Treatment,

    /// <summary>A categorical factor coded by one indicator per level (used when no lower-order term spans the reference level).</summary>
    Full,
}
