using System.Text.Json;

namespace AmazonSalesRegression.Cli.Tests;

public sealed class FitCommandTests : IDisposable
{
    private static readonly string GoldenFolder = Path.Combine(
        CoursePaths.FindRoot(AppContext.BaseDirectory),
        "tests",
        "AmazonSalesRegression.Modeling.Tests",
        "Regression",
        "Golden"
    );

    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Json_output_has_the_documented_fields_and_statsmodels_numbers()
    {
        // Given the heteroscedastic golden data set and statsmodels' results for it
        var golden = GoldenCase("hetero");

        // When it is fitted with JSON output
        var run = await _cli.RunAsync("fit", "--data", Path.Combine(GoldenFolder, "ols_hetero.csv"), "--target", "y", "--format", "json");

        // Then the document has exactly the documented names, and its numbers agree with statsmodels
        Assert.Equal(0, run.ExitCode);
        var json = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(
            [
                "model",
                "target",
                "n",
                "intercept",
                "coefficients",
                "rSquared",
                "adjRSquared",
                "residualStdError",
                "dfResidual",
                "fStatistic",
                "fPValue",
                "logLikelihood",
                "aic",
                "bic",
                "durbinWatson",
                "jarqueBera",
                "jarqueBeraP",
                "conditionNumber",
                "covType",
                "useT",
                "rowsDropped",
                "aliased",
            ],
            json.EnumerateObject().Select(p => p.Name)
        );
        Assert.Equal(
            ["name", "estimate", "stdError", "t", "p", "ciLower", "ciUpper"],
            json.GetProperty("coefficients")[0].EnumerateObject().Select(p => p.Name)
        );
        Assert.Equal("(Intercept)", json.GetProperty("coefficients")[0].GetProperty("name").GetString());
        Assert.Equal(200, json.GetProperty("n").GetInt32());
        var estimates = json.GetProperty("coefficients").EnumerateArray().Select(c => c.GetProperty("estimate").GetDouble()).ToArray();
        var expected = golden.GetProperty("params").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        for (var j = 0; j < expected.Length; j++)
        {
            Assert.Equal(expected[j], estimates[j], Math.Abs(expected[j]) * 1e-10);
        }

        foreach (
            var (field, name) in new[]
            {
                ("rSquared", "rsquared"),
                ("aic", "aic"),
                ("bic", "bic"),
                ("logLikelihood", "llf"),
                ("conditionNumber", "condition_number"),
                ("durbinWatson", "durbin_watson"),
                ("jarqueBera", "jarque_bera"),
            }
        )
        {
            var value = golden.GetProperty(name).GetDouble();
            Assert.True(
                Math.Abs(json.GetProperty(field).GetDouble() - value) <= Math.Abs(value) * 1e-8,
                $"{field}: {json.GetProperty(field).GetDouble()} vs statsmodels {value}"
            );
        }
    }

    [Fact]
    public async Task Numbers_in_json_are_printed_round_trip_exact()
    {
        // Given a fit printed as JSON
        var run = await _cli.RunAsync(
            "fit",
            "--data",
            Path.Combine(GoldenFolder, "ols_hetero.csv"),
            "--target",
            "y",
            "--features",
            "x1",
            "--format",
            "json"
        );

        // When a number is read back and printed again with the shortest round-trip format
        var text = JsonDocument.Parse(run.Output).RootElement.GetProperty("rSquared").GetRawText();
        var value = double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        // Then no digit was lost
        Assert.Equal(value.ToString("R", System.Globalization.CultureInfo.InvariantCulture), text);
        Assert.Equal(2, JsonDocument.Parse(run.Output).RootElement.GetProperty("coefficients").GetArrayLength());
    }

    [Fact]
    public async Task Text_output_is_the_summary_and_no_intercept_is_honoured()
    {
        // Given the no-intercept golden data set
        // When it is fitted without an intercept
        var run = await _cli.RunAsync(
            "fit",
            "--data",
            Path.Combine(GoldenFolder, "ols_nointercept.csv"),
            "--target",
            "y",
            "--no-intercept"
        );

        // Then the summary reports uncentred R² and has no intercept row
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("R-squared (uncentered):", run.Output);
        Assert.DoesNotContain("(Intercept)", run.Output);
    }

    [Theory]
    [InlineData("unitz", null, "column 'unitz': the target column is not in the header")]
    [InlineData("category", null, "column 'category': the target must be numeric")]
    [InlineData("y", "x1,,x2", "--features 'x1,,x2' has an empty name")]
    [InlineData("y", "y,ads", "column 'y': the target cannot also be a feature")]
    [InlineData("y", "colour", "column 'colour': the feature column is not in the header")]
    public async Task Bad_requests_exit_1_with_a_one_line_reason(string target, string? features, string reason)
    {
        // Given a CSV with a text column
        File.WriteAllText(_cli.PathOf("d.csv"), "y,category,ads\n1,a,2\n2,b,3\n3,a,5\n5,b,4\n");
        string[] args = features is null
            ? ["fit", "--data", "d.csv", "--target", target]
            : ["fit", "--data", "d.csv", "--target", target, "--features", features];

        // When fit runs
        var run = await _cli.RunAsync(args);

        // Then it exits 1 with one located line and no stack trace
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(reason, run.Error);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public async Task An_unparsable_number_names_file_line_column_and_value()
    {
        // Given a numeric column with one bad value on line 3
        File.WriteAllText(_cli.PathOf("d.csv"), "y,x\n1,2\n2,abc\n3,5\n");

        // When it is fitted with x as a feature
        var run = await _cli.RunAsync("fit", "--data", "d.csv", "--target", "y", "--features", "x");

        // Then the message points at the cell and shows the value
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("d.csv:3:2: column 'x': expected a number, found 'abc'", run.Error);
    }

    [Fact]
    public async Task A_missing_file_is_named()
    {
        // Given no such file
        // When fit runs
        var run = await _cli.RunAsync("fit", "--data", "missing.csv", "--target", "y");

        // Then the error names it
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("missing.csv: file not found", run.Error);
    }

    [Theory]
    [InlineData]
    [InlineData("--stream")]
    [InlineData("--stream", "--model", "lasso", "--lambda", "0.1")]
    public async Task A_folder_given_as_data_is_named_as_a_folder(params string[] extra)
    {
        // Given a folder where the data file should be
        var folder = Directory.CreateTempSubdirectory("asr-fit-folder-").FullName;

        // When fit runs on it, in memory and streaming
        var run = await _cli.RunAsync(["fit", "--data", folder, "--target", "y", .. extra]);
        Directory.Delete(folder);

        // Then one line says it is a folder, not that it is missing
        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: {folder}: is a folder; --data expects a CSV or Parquet file.", run.Error.Trim());
    }

    private static JsonElement GoldenCase(string name) =>
        JsonDocument
            .Parse(File.ReadAllText(Path.Combine(GoldenFolder, "ols_golden.json")))
            .RootElement.GetProperty("cases")
            .EnumerateArray()
            .Single(c => c.GetProperty("name").GetString() == name);
}
