using System.Text.Json;
using AmazonSalesRegression.Features.Tabular;
using AmazonSalesRegression.Regression;
using AmazonSalesRegression.Regression.Selection;

namespace AmazonSalesRegression.Modeling.Tests.Regression.Selection;

/// <summary>Best-subset and forward-stepwise selection against R's leaps::regsubsets (Golden/make_subset_golden.R).</summary>
public sealed class SubsetSelectionGoldenTests
{
    private const double Digits = 7;

    private static readonly JsonElement Root = JsonDocument
        .Parse(File.ReadAllText(Path.Combine(OlsGolden.Folder, "..", "Selection", "Golden", "subset_golden.json")))
        .RootElement;

    private static string[] Predictors => Root.GetProperty("columns").EnumerateArray().Skip(1).Select(c => c.GetString()!).ToArray();

    private static TabularData Data()
    {
        var data = Root.GetProperty("data");
        var columns = Root.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToArray();
        var table = new TabularData("subset.csv", data.GetProperty("y").GetArrayLength());
        foreach (var name in columns)
        {
            table.Add(name, data.Numbers(name));
        }

        return table;
    }

    private static string Formula => "y ~ " + string.Join(" + ", Predictors);

    public static TheoryData<string> Methods => ["exhaustive", "forward"];

    [Theory]
    [MemberData(nameof(Methods))]
    public void The_best_model_of_each_size_and_its_criteria_match_leaps(string method)
    {
        // Given
        var data = Data();
        var n = data.RowCount;
        var expected = Root.GetProperty(method).EnumerateArray().ToArray();

        // When
        var result = method == "exhaustive" ? SubsetSelection.BestSubset(Formula, data) : SubsetSelection.ForwardStepwise(Formula, data);

        // Then: sizes 1 … p (leaps leaves out the intercept-only model); leaps' BIC is n·ln(RSS/TSS) + k·ln n, ours
        // −2ℓ + k·ln n, which differ by the constant n·(ln 2π + 1) + n·ln(TSS/n).
        Assert.Equal(expected.Length + 1, result.Models.Count);
        var tss = result.Models[0].ResidualSumOfSquares;
        var shift = (n * (Math.Log(2 * Math.PI) + 1)) + (n * Math.Log(tss / n));
        var sigma2 = expected[^1].Number("rss") / (n - Predictors.Length - 1);
        foreach (var golden in expected)
        {
            var size = golden.GetProperty("size").GetInt32();
            var model = result.Models[size];
            var what = $"{method} size {size}";
            Assert.Equal(golden.GetProperty("which").EnumerateArray().Select(w => w.GetString()), model.Predictors);
            Tolerance.AssertDigits(golden.Number("rss"), model.ResidualSumOfSquares, Digits, $"{what} rss");
            Tolerance.AssertDigits(golden.Number("rsq"), model.RSquared, Digits, $"{what} rsq");
            Tolerance.AssertDigits(golden.Number("adjr2"), model.AdjustedRSquared, Digits, $"{what} adjr2");
            Tolerance.AssertDigits(golden.Number("cp"), model.MallowsCp, Digits, $"{what} cp");
            Tolerance.AssertDigits((golden.Number("rss") + (2 * size * sigma2)) / n, model.Cp, Digits, $"{what} ISLP Cp");
            Tolerance.AssertDigits(golden.Number("bic"), model.Bic - shift, Digits, $"{what} bic");
        }
    }

    [Fact]
    public void The_winners_per_criterion_are_the_sizes_leaps_criteria_prefer()
    {
        // Given
        var expected = Root.GetProperty("exhaustive").EnumerateArray().ToArray();
        int Best(string criterion, bool largest) =>
            (largest ? expected.MaxBy(e => e.Number(criterion)) : expected.MinBy(e => e.Number(criterion))).GetProperty("size").GetInt32();

        // When
        var result = SubsetSelection.BestSubset(Formula, Data());

        // Then
        Assert.Equal(Best("cp", false), result.BestByCp.Size);
        Assert.Equal(Best("bic", false), result.BestByBic.Size);
        Assert.Equal(Best("adjr2", true), result.BestByAdjustedRSquared.Size);
        Assert.True(result.BestByBic.Size <= result.BestByAic.Size, "BIC's heavier penalty never prefers a larger model than AIC");
    }

    [Fact]
    public void Columns_of_a_design_matrix_give_the_same_selection_as_the_terms_of_a_formula()
    {
        // Given
        var data = Data();
        var design = DesignMatrix.FromColumns(Predictors, Predictors.Select(p => data.Numeric(p).ToArray()).ToArray());

        // When
        var byDesign = SubsetSelection.ForwardStepwise(design, data.Numeric("y"));
        var byFormula = SubsetSelection.ForwardStepwise(Formula, data);

        // Then
        Assert.Equal(byFormula.Models.Select(m => m.Predictors), byDesign.Models.Select(m => m.Predictors));
        Assert.Equal(byFormula.Models.Select(m => m.ResidualSumOfSquares), byDesign.Models.Select(m => m.ResidualSumOfSquares));
        Assert.Equal(SubsetSearch.ForwardStepwise, byDesign.Search);
    }
}
