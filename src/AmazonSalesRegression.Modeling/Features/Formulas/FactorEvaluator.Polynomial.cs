namespace AmazonSalesRegression.Features.Formulas;

/// <summary>
/// <c>poly(x, d)</c>: R's orthogonal polynomials of degree 1 … d in x, as d design columns named <c>poly(x, d)1</c> …
/// <c>poly(x, d)d</c>. On the training rows the columns are orthonormal and orthogonal to the intercept, so the
/// coefficients of lower degrees do not change when a higher degree is added and the fit is well conditioned;
/// the fitted values equal those of the raw powers <c>x + I(x**2) + …</c>.
/// </summary>
/// <remarks>
/// Algorithm: the Stieltjes three-term recurrence P₀ = 1, P₁ = x − α₀, P_{k+1} = (x − α_k)·P_k − (ν_k/ν_{k−1})·P_{k−1}
/// with α_k = Σx·P_k²/ν_k and ν_k = ΣP_k², learned on the training rows (the state stores α₀ … α_{d−1} and ν₀ … ν_d,
/// R's <c>coefs</c>) and replayed on new rows, as R's <c>predict(poly(…))</c> does; column k is P_k/√ν_k. R computes
/// the training columns through a QR factorization of the centred powers; both give the same polynomials.
/// </remarks>
// References:
//   W. Gautschi, Orthogonal Polynomials: Computation and Approximation, Oxford (2004), §2.2.3 (Stieltjes procedure).
//   R Core Team, R documentation of stats::poly (the coefs alpha and norm2 used for prediction).
internal sealed partial class FactorEvaluator
{
    /// <summary>The number of columns <paramref name="node"/> makes: d for <c>poly(x, d)</c>, otherwise 1.</summary>
    public static int BasisWidth(FormulaNode node) =>
        node is CallNode call && FunctionName(call.Function) == "poly" && DegreeNode(call) is NumberNode { Value: var d } ? (int)d : 1;

    private BasisValues Polynomial(CallNode call)
    {
        if (call.Arguments.Count is < 1 or > 2 || call.Named.Keys.Any(k => k != "degree") || DegreeNode(call) is not NumberNode degreeNode)
        {
            throw Error(call, "poly(...) takes a column and a degree, e.g. poly(price, 3) or poly(price, degree=3)");
        }

        var degree = (int)degreeNode.Value;
        if (degree != degreeNode.Value || degree < 1)
        {
            throw Error(degreeNode, "the degree of poly(...) must be a whole number ≥ 1");
        }

        var x = Numeric(call.Arguments[0]);
        var coefficients = Parameters(call, (2 * degree) + 1, () => Learn(call, x, degree));
        return new BasisValues(Evaluate(x, coefficients, degree));
    }

    private double[] Learn(CallNode call, double[] x, int degree)
    {
        if (x.Distinct().Count() <= degree)
        {
            throw Error(call, $"poly(..., {degree}) needs more than {degree} distinct values of its column; got {x.Distinct().Count()}");
        }

        var alpha = new double[degree];
        var norm = new double[degree + 1];
        var (previous, current) = (new double[x.Length], Enumerable.Repeat(1.0, x.Length).ToArray());
        norm[0] = x.Length;
        for (var k = 0; k < degree; k++)
        {
            alpha[k] = x.Select((v, i) => v * current[i] * current[i]).Sum() / norm[k];
            var next = Step(x, alpha[k], k == 0 ? 0.0 : norm[k] / norm[k - 1], current, previous);
            norm[k + 1] = next.Sum(v => v * v);
            (previous, current) = (current, next);
        }

        return [.. alpha, .. norm];
    }

    private static double[][] Evaluate(double[] x, double[] coefficients, int degree)
    {
        var columns = new double[degree][];
        var (previous, current) = (new double[x.Length], Enumerable.Repeat(1.0, x.Length).ToArray());
        for (var k = 0; k < degree; k++)
        {
            var ratio = k == 0 ? 0.0 : coefficients[degree + k] / coefficients[degree + k - 1];
            var next = Step(x, coefficients[k], ratio, current, previous);
            var scale = Math.Sqrt(coefficients[degree + k + 1]);
            columns[k] = next.Select(v => v / scale).ToArray();
            (previous, current) = (current, next);
        }

        return columns;
    }

    private static double[] Step(double[] x, double alpha, double ratio, double[] current, double[] previous)
    {
        var next = new double[x.Length];
        for (var i = 0; i < next.Length; i++)
        {
            next[i] = ((x[i] - alpha) * current[i]) - (ratio * previous[i]);
        }

        return next;
    }

    private static FormulaNode? DegreeNode(CallNode call) =>
        call.Arguments.Count == 2 ? call.Arguments[1] : call.Named.GetValueOrDefault("degree");
}
