namespace AmazonSalesRegression.Features.Formulas;

/// <summary>A term of a model formula: one factor (a main effect) or several multiplied together (an interaction).</summary>
/// <param name="Factors">Canonical text of each factor, e.g. <c>log(price)</c> and <c>prime_day</c> for <c>log(price):prime_day</c>.</param>
public sealed record FormulaTerm(IReadOnlyList<string> Factors)
{
    /// <summary>The term as written in a formula, factors joined by <c>:</c>.</summary>
    public string Name => string.Join(":", Factors);

    /// <summary>Whether both terms have the same factors, in any order.</summary>
    public bool SameFactorsAs(FormulaTerm other) => Factors.Count == other.Factors.Count && Factors.All(other.Factors.Contains);

    /// <inheritdoc />
    public override string ToString() => Name;
}
