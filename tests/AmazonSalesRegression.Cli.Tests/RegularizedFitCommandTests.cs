using System.Globalization;
using System.Text.Json;

namespace AmazonSalesRegression.Cli.Tests;

public sealed class RegularizedFitCommandTests : IDisposable
{
    private static readonly string GoldenFolder = Path.Combine(
        CoursePaths.FindRoot(AppContext.BaseDirectory),
        "tests",
        "AmazonSalesRegression.Modeling.Tests",
        "Regression",
        "Regularization",
        "Golden"
    );
    private static readonly string Data = Path.Combine(GoldenFolder, "glmnet_correlated.csv");

    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("lasso", 1.0)]
    [InlineData("elasticnet", 0.5)]
    [InlineData("ridge", 0.0)]
    public async Task Json_at_a_fixed_lambda_has_the_documented_fields_and_glmnets_coefficients(string model, double alpha)
    {
        // Given glmnet's fit at the 7th value of its user λ sequence
        var golden = JsonDocument
            .Parse(File.ReadAllText(Path.Combine(GoldenFolder, "glmnet_golden.json")))
            .RootElement.GetProperty("cases")
            .EnumerateArray()
            .Single(c => c.GetProperty("data").GetString() == "correlated" && c.GetProperty("alpha").GetDouble() == alpha)
            .GetProperty("user");
        var lambda = golden.GetProperty("lambda")[6].GetDouble();

        // When fit runs with that λ
        var run = await _cli.RunAsync(
            "fit",
            "--data",
            Data,
            "--target",
            "y",
            "--model",
            model,
            "--lambda",
            lambda.ToString("R", CultureInfo.InvariantCulture),
            "--format",
            "json"
        );

        // Then the fields are the documented ones and the numbers agree with glmnet's fit to 5 digits or 1e-5 (glmnet's thresh 1e-14 leaves about 1e-6 in the slopes)
        Assert.Equal(0, run.ExitCode);
        var json = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(
            ["model", "lambda", "l1Ratio", "intercept", "coefficients", "rowsDropped"],
            json.EnumerateObject().Select(p => p.Name)
        );
        Assert.Equal(model, json.GetProperty("model").GetString());
        Assert.Equal(alpha, json.GetProperty("l1Ratio").GetDouble());
        Assert.Equal(["name", "estimate"], json.GetProperty("coefficients")[0].EnumerateObject().Select(p => p.Name));
        Tolerance.AssertDigits(
            golden.GetProperty("a0")[6].GetDouble(),
            json.GetProperty("intercept").GetDouble(),
            5,
            "intercept",
            scale: 1
        );
        var beta = golden.GetProperty("beta")[6].EnumerateArray().Select(v => v.GetDouble()).ToArray();
        var estimates = json.GetProperty("coefficients").EnumerateArray().Select(c => c.GetProperty("estimate").GetDouble()).ToArray();
        Assert.Equal(beta.Length, estimates.Length);
        for (var j = 0; j < beta.Length; j++)
        {
            Tolerance.AssertDigits(beta[j], estimates[j], 5, $"x{j + 1}", scale: 1);
        }
    }

    [Theory]
    [InlineData("kfold")]
    [InlineData("time")]
    public async Task Cross_validation_reports_the_curve_and_the_fit_at_lambda_min(string method)
    {
        // Given the correlated data
        // When the lasso is cross-validated with 5 folds or splits
        var run = await _cli.RunAsync(
            "fit",
            "--data",
            Data,
            "--target",
            "y",
            "--model",
            "lasso",
            "--cv",
            "5",
            "--cv-method",
            method,
            "--seed",
            "3",
            "--format",
            "json"
        );

        // Then the document adds λ_min, λ_1se and the path, and reports the coefficients at λ_min
        Assert.Equal(0, run.ExitCode);
        var json = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(
            ["model", "lambda", "l1Ratio", "intercept", "coefficients", "rowsDropped", "lambdaMin", "lambda1se", "path"],
            json.EnumerateObject().Select(p => p.Name)
        );
        Assert.Equal(json.GetProperty("lambdaMin").GetDouble(), json.GetProperty("lambda").GetDouble());
        Assert.True(json.GetProperty("lambda1se").GetDouble() >= json.GetProperty("lambdaMin").GetDouble());
        var path = json.GetProperty("path").EnumerateArray().ToArray();
        Assert.True(path.Length >= 5);
        Assert.Equal(["lambda", "cvMean", "cvStdError", "nonZero"], path[0].EnumerateObject().Select(p => p.Name));
        var best = path.MinBy(p => p.GetProperty("cvMean").GetDouble());
        Assert.Equal(json.GetProperty("lambdaMin").GetDouble(), best.GetProperty("lambda").GetDouble());
    }

    [Fact]
    public async Task Text_output_is_a_small_coefficient_table()
    {
        // Given / When ridge at a fixed λ with text output
        var run = await _cli.RunAsync("fit", "--data", Data, "--target", "y", "--model", "ridge", "--lambda", "0.5");

        // Then the header names the model and every term has a row
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Model: ridge   lambda: 0.5   l1-ratio: 0", run.Output);
        Assert.Contains("(Intercept)", run.Output);
        Assert.Equal(11, run.Output.TrimEnd().Split('\n').Length);
    }

    [Theory]
    [InlineData("--lambda 0.1", "need a regularized model")]
    [InlineData("--model lasso --lambda -1", "--lambda must be a finite number ≥ 0")]
    [InlineData("--model elasticnet --l1-ratio 1.5 --lambda 1", "--l1-ratio must be between 0 and 1")]
    [InlineData("--model ridge --l1-ratio 0.5 --lambda 1", "--l1-ratio is fixed by --model ridge")]
    [InlineData("--model lasso", "needs exactly one of --lambda L")]
    [InlineData("--model lasso --cv 1", "--cv must be at least 2")]
    [InlineData("--model lasso --cv 1000", "more folds than the 100 rows")]
    [InlineData("--model lasso --cv 99 --cv-method time", "too few")]
    public async Task Bad_regularization_options_exit_1_with_a_one_line_reason(string options, string reason)
    {
        // Given the correlated data and an invalid option combination
        string[] args = ["fit", "--data", Data, "--target", "y", .. options.Split(' ')];

        // When fit runs
        var run = await _cli.RunAsync(args);

        // Then it exits 1 with a single line naming the problem
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(reason, run.Error);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }
}
