using AmazonSalesRegression.Features.Tabular;
using AmazonSalesRegression.Regression;
using AmazonSalesRegression.Regression.Selection;

namespace AmazonSalesRegression.Modeling.Tests.Regression.Selection;

public sealed class SubsetSelectionTests
{
    private static DesignMatrix Columns(int count, int rows) =>
        DesignMatrix.FromColumns(
            Enumerable.Range(1, count).Select(j => $"x{j}").ToArray(),
            Enumerable.Range(1, count).Select(j => Sample.Uniform(rows, j)).ToArray()
        );

    [Fact]
    public void Best_subset_refuses_more_than_fifteen_candidates_and_points_to_forward_stepwise()
    {
        // Given
        var x = Columns(16, 40);

        // When
        var error = Assert.Throws<ArgumentException>(() => SubsetSelection.BestSubset(x, Sample.Uniform(40, 99)));

        // Then
        Assert.Contains("limited to 15", error.Message, StringComparison.Ordinal);
        Assert.Contains("ForwardStepwise", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Forward_stepwise_handles_more_candidates_and_stops_at_the_requested_size()
    {
        // Given
        var x = Columns(20, 60);
        var y = x.Column(2).ToArray().Select((v, i) => 3 * v - 2 * x.Column(7)[i] + 0.1 * Sample.Uniform(60, 98)[i]).ToArray();

        // When
        var result = SubsetSelection.ForwardStepwise(x, y, maxSize: 3);

        // Then
        Assert.Equal(4, result.Models.Count);
        Assert.Equal(["x3", "x8"], result.Models[2].Predictors);
        Assert.True(result.Models.Zip(result.Models.Skip(1)).All(p => p.Second.ResidualSumOfSquares <= p.First.ResidualSumOfSquares));
    }

    [Fact]
    public void A_categorical_term_enters_as_one_candidate_with_all_its_columns()
    {
        // Given
        var n = 60;
        var category = Enumerable.Range(0, n).Select(i => new[] { "Books", "Toys", "Home" }[i % 3]).ToArray();
        var price = Sample.Uniform(n, 3);
        var noise = Sample.Uniform(n, 4);
        var y = Enumerable.Range(0, n).Select(i => (category[i] == "Toys" ? 2.0 : 0.0) - price[i] + 0.1 * noise[i]).ToArray();
        var data = new TabularData("d.csv", n).Add("y", y).Add("price", price).Add("category", category).Add("noise", noise);

        // When
        var result = SubsetSelection.BestSubset("y ~ price + C(category) + noise", data);

        // Then
        Assert.Equal(["C(category)", "price", "noise"], result.Candidates); // design order: patsy puts categorical-only terms first
        Assert.Equal(["C(category)"], result.Models[1].Predictors);
        Assert.Equal(3, result.Models[1].Parameters);
        Assert.Equal(5, result.Models[3].Parameters);
    }

    [Fact]
    public void A_redundant_candidate_is_named()
    {
        // Given
        var a = Sample.Uniform(30, 1);
        var b = Sample.Uniform(30, 2);
        var x = DesignMatrix.FromColumns(["a", "b", "a_plus_b"], [a, b, a.Zip(b, (u, v) => u + v).ToArray()]);

        // When
        var error = Assert.Throws<ArgumentException>(() => SubsetSelection.BestSubset(x, Sample.Uniform(30, 3)));

        // Then
        Assert.Contains("'a_plus_b'", error.Message, StringComparison.Ordinal);
    }
}
