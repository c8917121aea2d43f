using System.Text.Json;

namespace AmazonSalesRegression.Cli.Tests;

/// <summary>Issue 15: <c>fit --formula</c>, <c>--cov-type</c> and <c>--groups</c>, and the option combinations that are usage errors.</summary>
public sealed class FitFormulaCommandTests : IDisposable
{
    private const string Data = "y,x1,x2,g\n1.5,2,3,a\n2.1,3,5,a\n3.9,5,1,b\n5.2,4,2,b\n6.8,7,2,c\n8.1,8,6,c\n9.7,9,4,d\n11.2,3,5,d\n";

    private readonly CliHarness _cli = new();

    public FitFormulaCommandTests() => File.WriteAllText(_cli.PathOf("d.csv"), Data);

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("--target y --formula y~x1", 2, "--formula replaces --target and --features")]
    [InlineData("--features x1 --formula y~x1", 2, "--formula replaces --target and --features")]
    [InlineData("--features x1", 2, "--features needs --target")]
    [InlineData("--format json", 2, "fit needs --target COLUMN")]
    [InlineData("--formula y~x1 --no-intercept", 2, "remove the intercept in the formula")]
    [InlineData("--target y --cov-type cluster", 2, "--cov-type cluster needs --groups COLUMN")]
    [InlineData("--target y --groups g", 2, "--groups is only used by --cov-type cluster")]
    [InlineData("--target y --features x1 --model ridge --lambda 1 --cov-type HC3", 2, "--cov-type applies to --model ols")]
    [InlineData("--formula y~x1+ --format json", 1, "--formula: ")]
    [InlineData("--formula y~x1+nosuch", 1, "no column 'nosuch'")]
    public async Task Options_that_do_not_fit_together_are_reported(string options, int exitCode, string message)
    {
        // Given a valid data file
        // When fit runs with the options
        var run = await _cli.RunAsync(["fit", "--data", "d.csv", .. options.Split(' ')]);

        // Then it exits with the usage or user-error code and says what to change
        Assert.Equal(exitCode, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public async Task A_formula_fits_what_target_and_features_fit()
    {
        // Given the same model written both ways
        // When both are fitted
        var formula = await _cli.RunAsync("fit", "--data", "d.csv", "--formula", "y ~ x1 + x2", "--format", "json");
        var columns = await _cli.RunAsync("fit", "--data", "d.csv", "--target", "y", "--features", "x1,x2", "--format", "json");

        // Then the estimates agree and the formula is echoed
        Tolerance.AssertDigits(Estimates(columns.Output), Estimates(formula.Output), 12, "estimates");
        Assert.Equal("y ~ x1 + x2", JsonDocument.Parse(formula.Output).RootElement.GetProperty("formula").GetString());
    }

    [Fact]
    public async Task A_formula_drives_a_regularized_model_as_its_columns_do()
    {
        // Given a ridge fit written with a formula and with columns
        // When both are fitted
        var formula = await _cli.RunAsync(
            "fit",
            "--data",
            "d.csv",
            "--formula",
            "y ~ x1 + x2",
            "--model",
            "ridge",
            "--lambda",
            "0.5",
            "--format",
            "json"
        );
        var columns = await _cli.RunAsync(
            "fit",
            "--data",
            "d.csv",
            "--target",
            "y",
            "--features",
            "x1,x2",
            "--model",
            "ridge",
            "--lambda",
            "0.5",
            "--format",
            "json"
        );

        // Then they agree
        Assert.Equal(0, formula.ExitCode);
        Tolerance.AssertDigits(Estimates(columns.Output), Estimates(formula.Output), 12, "estimates");
    }

    [Fact]
    public async Task The_text_summary_names_the_robust_covariance_and_uses_z_as_statsmodels()
    {
        // Given the data
        // When HC3 standard errors are asked for
        var run = await _cli.RunAsync("fit", "--data", "d.csv", "--formula", "y ~ x1 + x2", "--cov-type", "HC3");

        // Then the summary's header, table and notes say so
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"Covariance Type:\s+HC3", run.Output);
        Assert.Contains("P>|z|", run.Output);
        Assert.Matches(@"heteroscedasticity\s+robust\s+\(HC3\);\s+tests\s+use\s+the\s+normal\s+distribution", run.Output);
    }

    [Fact]
    public async Task Use_t_gives_cluster_tests_t_with_groups_minus_one_degrees_of_freedom()
    {
        // Given four groups
        // When cluster-robust errors are asked for with --use-t
        var run = await _cli.RunAsync("fit", "--data", "d.csv", "--formula", "y ~ x1", "--cov-type", "cluster", "--groups", "g", "--use-t");

        // Then the note names the groups and the t reference with G − 1 = 3 df
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("P>|t|", run.Output);
        Assert.Matches(@"cluster\s+correlation\s+\(4\s+groups", run.Output);
        Assert.Matches(@"Student's\s+t\s+with\s+3\s+degrees\s+of\s+freedom", run.Output);
    }

    private static double[] Estimates(string json) =>
        [
            .. JsonDocument
                .Parse(json)
                .RootElement.GetProperty("coefficients")
                .EnumerateArray()
                .Select(c => c.GetProperty("estimate").GetDouble()),
        ];
}
