using System.Text.Json.Nodes;
using AmazonSalesRegression.Regression;
using AmazonSalesRegression.Regression.Selection;
using AmazonSalesRegression.Visualization;
using Plotly.NET;

namespace AmazonSalesRegression.Tests.Visualization;

public sealed class ChartsSelectionTests
{
    [Fact]
    public void A_selection_criterion_is_drawn_by_size_per_search_with_the_best_size_marked()
    {
        // Given a search over three candidates of which only x1 matters
        var x1 = Enumerable.Range(0, 30).Select(i => Math.Sin(i)).ToArray();
        var x2 = Enumerable.Range(0, 30).Select(i => Math.Cos(3 * i)).ToArray();
        var x3 = Enumerable.Range(0, 30).Select(i => Math.Sin(7 * i + 1)).ToArray();
        var y = x1.Select((v, i) => 2 * v + 0.01 * x3[i] + 0.1 * Math.Cos(11 * i)).ToArray();
        var result = SubsetSelection.BestSubset(DesignMatrix.FromColumns(["x1", "x2", "x3"], [x1, x2, x3]), y);

        // When
        var figure = JsonNode.Parse(GenericChart.toFigureJson(Charts.SelectionCriterion("BIC", "BIC", m => m.Bic, false, ("best subset", result))))!;

        // Then: a line over sizes 0 … 3 and a marker at the size with the smallest BIC
        var traces = figure["data"]!.AsArray();
        Assert.Equal(["best subset", $"best subset: best ({result.BestByBic.Size} predictors)"], traces.Select(t => (string?)t!["name"]));
        Assert.Equal([0.0, 1.0, 2.0, 3.0], traces[0]!["x"]!.AsArray().Select(v => (double)v!));
        Assert.Equal(result.BestByBic.Bic, (double)traces[1]!["y"]!.AsArray()[0]!, 12);
        Assert.Equal("number of predictors", (string?)figure["layout"]!["xaxis"]!["title"]!["text"]);
    }
}
