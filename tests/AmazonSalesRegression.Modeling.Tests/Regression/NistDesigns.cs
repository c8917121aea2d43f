using AmazonSalesRegression.Numerics;
using AmazonSalesRegression.Regression;
using AmazonSalesRegression.Regression.Validation;

namespace AmazonSalesRegression.Modeling.Tests.Regression;

/// <summary>
/// Builds the NIST StRD models from the parsed files. NIST's polynomial models are
/// y = B0 + B1·x + B2·x² + … (Pontius, Filip, Wampler1-5): the test forms x, x², … itself, in double-double,
/// because rounding x¹⁰ to double already moves Filip's exact solution in the 8th digit. Models whose parameter
/// count equals the number of predictors (NoInt1, NoInt2) have no intercept; the others have one.
/// </summary>
internal static class NistDesigns
{
    public static string DataPath(string name) => Repository.Shared("reference", "nist-strd", name + ".dat");

    public static NistStrdDataset Load(string name) => NistStrdParser.ParseFile(DataPath(name));

    public static (DesignMatrix Design, bool Intercept) Build(NistStrdDataset data)
    {
        var k = data.Predictors.Count;
        var parameters = data.Parameters.Count;
        if (parameters == k)
        {
            return (DesignMatrix.FromColumns(Names(k), data.Predictors), false);
        }

        if (k > 1 || parameters == 2)
        {
            return (DesignMatrix.FromColumns(Names(k), data.Predictors), true);
        }

        var degree = parameters - 1;
        var x = data.Predictors[0];
        var powers = new List<DoubleDouble[]>();
        var current = x.Select(v => (DoubleDouble)v).ToArray();
        for (var d = 1; d <= degree; d++)
        {
            powers.Add(current);
            current = current.Select((v, i) => v * x[i]).ToArray();
        }

        var names = Enumerable.Range(1, degree).Select(d => d == 1 ? "x" : $"x^{d}").ToArray();
        return (DesignMatrix.FromExtendedColumns(names, powers), true);
    }

    private static string[] Names(int count) => Enumerable.Range(1, count).Select(j => $"x{j}").ToArray();
}
