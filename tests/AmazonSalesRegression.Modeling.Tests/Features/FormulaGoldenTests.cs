using System.Text.Json;
using AmazonSalesRegression.Features.Formulas;

namespace AmazonSalesRegression.Modeling.Tests.Features;

/// <summary>Design matrices agree with patsy, the formula engine of statsmodels (golden file made by Golden/make_formula_golden.py).</summary>
public sealed class FormulaGoldenTests
{
    private static readonly JsonElement Golden = JsonDocument
        .Parse(File.ReadAllText(Path.Combine(FormulaFixture.GoldenFolder, "formula_golden.json")))
        .RootElement;

    public static TheoryData<string> Formulas()
    {
        var data = new TheoryData<string>();
        foreach (var case_ in Golden.GetProperty("cases").EnumerateArray())
        {
            data.Add(case_.GetProperty("formula").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Formulas))]
    public void Design_matrix_has_patsys_columns_in_patsys_order(string formula)
    {
        // Given the fixture and patsy's design for the formula
        var expected = CaseFor(formula);

        // When we build the design
        var design = ModelMatrix.Build(formula, FormulaFixture.Load());

        // Then the column names are patsy's, in the same order
        Assert.Equal(expected.GetProperty("columns").EnumerateArray().Select(c => c.GetString()), design.ColumnNames);
    }

    [Theory]
    [MemberData(nameof(Formulas))]
    public void Design_matrix_values_and_response_agree_with_patsy_to_14_digits_of_the_column_scale(string formula)
    {
        // Given the fixture and patsy's design for the formula
        var expected = CaseFor(formula);

        // When we build the design
        var design = ModelMatrix.Build(formula, FormulaFixture.Load());

        // Then every value agrees to 14 significant digits
        var columns = expected.GetProperty("values").EnumerateArray().ToList();
        for (var c = 0; c < columns.Count; c++)
        {
            AssertColumn(columns[c].EnumerateArray().Select(v => v.GetDouble()).ToArray(), design.Columns[c], design.ColumnNames[c]);
        }

        AssertColumn(expected.GetProperty("response").EnumerateArray().Select(v => v.GetDouble()).ToArray(), design.Response!, "response");
    }

    private static JsonElement CaseFor(string formula) =>
        Golden.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("formula").GetString() == formula);

    // Centred values are differences of nearby numbers, so the error is measured against the column's magnitude.
    private static void AssertColumn(double[] expected, double[] actual, string column) =>
        Tolerance.AssertDigits(expected, actual, 14, column, scale: expected.Max(Math.Abs));
}
