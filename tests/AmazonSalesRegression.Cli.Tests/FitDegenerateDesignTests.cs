using System.Text.Json;

namespace AmazonSalesRegression.Cli.Tests;

/// <summary>Issue 15: degenerate designs are a one-line error, or, where R and statsmodels fit and warn, a fit with the warning.</summary>
public sealed class FitDegenerateDesignTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Two_rows_and_one_predictor_are_a_one_line_error_without_a_stack_trace()
    {
        // Given two rows
        File.WriteAllText(_cli.PathOf("d.csv"), "y,x\n1,2\n3,5\n");

        // When a line is fitted through them
        var run = await _cli.RunAsync("fit", "--data", "d.csv", "--target", "y");

        // Then too few rows is reported as a user error
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            "error: 2 observations are too few for 2 coefficients: least squares with inference needs more rows than coefficients.",
            run.Error.TrimEnd()
        );
    }

    [Fact]
    public async Task A_constant_predictor_is_fitted_as_aliased_with_a_warning_as_r_does()
    {
        // Given x2 is constant, and so a copy of the intercept
        File.WriteAllText(_cli.PathOf("d.csv"), "y,x1,x2\n1,2,7\n2,3,7\n3,5,7\n5,4,7\n6,7,7\n");

        // When the default feature set is fitted
        var text = await _cli.RunAsync("fit", "--data", "d.csv", "--target", "y");
        var json = await _cli.RunAsync("fit", "--data", "d.csv", "--target", "y", "--format", "json");

        // Then x2 is reported NA (null in JSON) and named as aliased, and x1 is estimated
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("Warning: x2 cannot be estimated (constant, or a linear combination of other columns)", text.Output);
        Assert.Matches(@"(?m)^x2\s+NA", text.Output);
        var root = JsonDocument.Parse(json.Output).RootElement;
        Assert.Equal(["x2"], root.GetProperty("aliased").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("coefficients")[2].GetProperty("estimate").ValueKind);
        Assert.Equal(JsonValueKind.Number, root.GetProperty("coefficients")[1].GetProperty("estimate").ValueKind);
    }

    [Fact]
    public async Task Perfectly_collinear_columns_alias_the_later_one()
    {
        // Given x2 = 2·x1
        File.WriteAllText(_cli.PathOf("d.csv"), "y,x1,x2,x3\n1,2,4,1\n2,3,6,0\n3,5,10,2\n5,4,8,1\n6,7,14,5\n8,1,2,3\n");

        // When all are fitted
        var run = await _cli.RunAsync("fit", "--data", "d.csv", "--target", "y", "--format", "json");

        // Then x2 is aliased, the others are estimated, and the residual degrees of freedom count only the rank
        var root = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(["x2"], root.GetProperty("aliased").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(3, root.GetProperty("dfResidual").GetInt32());
    }

    [Fact]
    public async Task A_constant_response_is_a_one_line_error()
    {
        // Given y never varies
        File.WriteAllText(_cli.PathOf("d.csv"), "y,x\n4,2\n4,3\n4,5\n4,4\n");

        // When it is fitted
        var run = await _cli.RunAsync("fit", "--data", "d.csv", "--target", "y");

        // Then R² is undefined and the user is told so
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("The response has zero variance", run.Error);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task A_category_with_a_single_level_is_an_error_pointing_into_the_formula()
    {
        // Given region is 'a' on every row
        File.WriteAllText(_cli.PathOf("d.csv"), "y,x1,region\n1,2,a\n2,3,a\n3,5,a\n5,4,a\n6,7,a\n");

        // When it is fitted as C(region)
        var run = await _cli.RunAsync("fit", "--data", "d.csv", "--formula", "y ~ x1 + C(region)");

        // Then the formula error names the factor and its single level, without a stack trace
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("'C(region)' has a single level 'a'", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public async Task Clusters_with_a_single_group_are_a_one_line_error()
    {
        // Given one store
        File.WriteAllText(_cli.PathOf("d.csv"), "y,x1,store\n1,2,s\n2,3,s\n3,5,s\n5,4,s\n6,7,s\n");

        // When cluster-robust errors are asked for by store
        var run = await _cli.RunAsync("fit", "--data", "d.csv", "--formula", "y ~ x1", "--cov-type", "cluster", "--groups", "store");

        // Then the error says why
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("column 'store': every row used is in one group ('s')", run.Error);
    }
}
