using System.Text.Json;
using AmazonSalesRegression.Features.Tabular;
using AmazonSalesRegression.Modeling.Tests.Regression;
using AmazonSalesRegression.Resampling;

namespace AmazonSalesRegression.Modeling.Tests.Resampling;

/// <summary>Grouped cross-validation against scikit-learn (Golden/make_grouped_cv_golden.py → grouped_cv_golden.json).</summary>
public sealed class GroupedCrossValidationTests
{
    private static readonly JsonElement Root = JsonDocument
        .Parse(File.ReadAllText(Golden.Path("AmazonSalesRegression.Modeling.Tests", "Resampling", "Golden", "grouped_cv_golden.json")))
        .RootElement;

    private static TabularData Panel()
    {
        var sku = Root.GetProperty("sku").EnumerateArray().Select(v => v.GetString()!).ToArray();
        return new TabularData("panel.csv", sku.Length)
            .Add("y", Root.Numbers("y"))
            .Add("price", Root.Numbers("price"))
            .Add("promo", Root.Numbers("promo"))
            .Add("sku", sku);
    }

    public static TheoryData<string> Schemes => ["leave_one_group_out", "group_kfold_4"];

    [Theory]
    [MemberData(nameof(Schemes))]
    public void Folds_and_per_fold_test_MSE_of_an_OLS_fit_match_scikit_learn(string scheme)
    {
        // Given
        var data = Panel();
        var expected = Root.GetProperty(scheme).EnumerateArray().ToArray();

        // When
        var splits =
            scheme == "group_kfold_4"
                ? FormulaCrossValidation.GroupKFold(data, "sku", 4)
                : FormulaCrossValidation.LeaveOneGroupOut(data, "sku");
        var errors = FormulaCrossValidation.Run("y ~ price + promo", data, splits);

        // Then
        Assert.Equal(expected.Length, splits.Count);
        for (var k = 0; k < expected.Length; k++)
        {
            var test = expected[k].GetProperty("test").EnumerateArray().Select(v => v.GetInt32()).ToArray();
            Assert.Equal(test, splits[k].Test);
            Assert.Equal(Enumerable.Range(0, data.RowCount).Except(test), splits[k].Train);
            Tolerance.AssertDigits(expected[k].Number("mse"), errors[k].Rmse * errors[k].Rmse, 7, $"{scheme} fold {k + 1} MSE");
        }
    }

    [Fact]
    public void A_held_out_group_with_a_single_level_of_a_factor_is_scored_with_the_training_levels()
    {
        // Given a factor that is constant within each held-out group (each SKU has one category)
        var data = Panel();
        var category = data.Text("sku").Select(s => s[0] is 'A' or 'B' or 'C' ? "low" : "high").ToArray();
        var withCategory = Panel().Add("category", category);
        var splits = FormulaCrossValidation.LeaveOneGroupOut(withCategory, "sku");

        // When the model with C(category) is cross-validated
        var errors = FormulaCrossValidation.Run("y ~ price + C(category)", withCategory, splits);

        // Then every fold is scored, none fails for its one test level
        Assert.Equal(splits.Count, errors.Count);
        Assert.All(errors, e => Assert.True(double.IsFinite(e.Rmse), $"fold {e.Fold}: {e.Rmse}"));
    }

    [Fact]
    public void Leave_one_group_out_holds_out_the_groups_in_ordinal_label_order_and_keeps_each_group_whole()
    {
        // Given
        string[] groups = ["b", "a", "B", "b", "a"];

        // When
        var splits = FormulaCrossValidation.LeaveOneGroupOut(groups);

        // Then: ordinal order is B < a < b
        Assert.Equal(
            [
                [2],
                [1, 4],
                [0, 3],
            ],
            splits.Select(s => s.Test)
        );
        Assert.Equal([0, 1, 3, 4], splits[0].Train);
    }

    [Fact]
    public void Too_few_groups_or_folds_are_rejected_with_the_counts()
    {
        // Given
        string[] groups = ["a", "a", "b"];

        // When
        var one = Assert.Throws<ArgumentException>(() => FormulaCrossValidation.LeaveOneGroupOut(["a", "a"]));
        var folds = Assert.Throws<ArgumentOutOfRangeException>(() => FormulaCrossValidation.GroupKFold(groups, 3));

        // Then
        Assert.Contains("at least two groups; got 1", one.Message, StringComparison.Ordinal);
        Assert.Contains("between 2 and the 2 groups", folds.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_group_column_that_is_not_text_is_rejected_with_the_columns_listed()
    {
        // Given
        var data = new TabularData("d.csv", 2).Add("store", [1.0, 2.0]);

        // When
        var error = Assert.Throws<ArgumentException>(() => FormulaCrossValidation.LeaveOneGroupOut(data, "store"));

        // Then
        Assert.Contains("d.csv: the group column 'store' must be a text column; columns: store", error.Message, StringComparison.Ordinal);
    }
}
