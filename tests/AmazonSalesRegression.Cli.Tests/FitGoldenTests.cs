using System.Text.Json;

namespace AmazonSalesRegression.Cli.Tests;

/// <summary>
/// <c>fit --formula</c> against statsmodels (Golden/make_fit_golden.py): a CSV with a category, a log-able column,
/// 15 clusters and missing values, under nonrobust, HC3 and cluster covariances. Relative tolerance 1e-7; for values
/// below 1e-7 in magnitude, an absolute tolerance of 1e-14.
/// </summary>
public sealed class FitGoldenTests : IDisposable
{
    private const double Digits = 7;

    private static readonly string Folder = Path.Combine(
        CoursePaths.FindRoot(AppContext.BaseDirectory),
        "tests",
        "AmazonSalesRegression.Cli.Tests",
        "Golden"
    );

    private static readonly JsonElement Golden = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "fit_golden.json"))).RootElement;

    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Theory]
    [InlineData("nonrobust", "nonrobust", "")]
    [InlineData("HC3", "HC3", "")]
    [InlineData("cluster", "cluster", "--groups store")]
    [InlineData("cluster_t", "cluster", "--groups store --use-t")]
    public async Task Fit_formula_agrees_with_statsmodels(string name, string covType, string extra)
    {
        // Given statsmodels' results for the formula on the golden CSV
        var golden = Golden.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);
        string[] options = extra.Length == 0 ? [] : extra.Split(' ');

        // When the CLI fits the same formula with the same covariance
        var run = await _cli.RunAsync([
            "fit",
            "--data",
            Path.Combine(Folder, "fit_golden.csv"),
            "--formula",
            Golden.GetProperty("formula").GetString()!,
            "--cov-type",
            covType,
            .. options,
            "--format",
            "json",
        ]);

        // Then the same rows are dropped, and every number agrees
        Assert.True(run.ExitCode == 0, run.Error);
        var json = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(covType, json.GetProperty("covType").GetString());
        Assert.Equal(golden.GetProperty("use_t").GetBoolean(), json.GetProperty("useT").GetBoolean());
        Assert.Equal(golden.GetProperty("nobs").GetInt32(), json.GetProperty("n").GetInt32());
        var dropped = json.GetProperty("rowsDropped");
        Assert.Equal(golden.GetProperty("rows_dropped").GetInt32(), dropped.GetProperty("count").GetInt32());
        Assert.Equal(Ints(golden.GetProperty("dropped_lines")), Ints(dropped.GetProperty("lines")));
        var coefficients = json.GetProperty("coefficients").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        var names = golden.GetProperty("names").EnumerateArray().Select(n => n.GetString()!).ToArray();
        Assert.Equal(names.Order(), coefficients.Keys.Order());
        foreach (
            var (field, key) in new[]
            {
                ("estimate", "params"),
                ("stdError", "bse"),
                ("t", "tvalues"),
                ("p", "pvalues"),
                ("ciLower", "conf_int_lower"),
                ("ciUpper", "conf_int_upper"),
            }
        )
        {
            var expected = golden.GetProperty(key).EnumerateArray().Select(v => v.GetDouble()).ToArray();
            for (var j = 0; j < names.Length; j++)
            {
                Tolerance.AssertDigits(
                    expected[j],
                    coefficients[names[j]].GetProperty(field).GetDouble(),
                    Digits,
                    $"{field} of {names[j]}",
                    scale: 1e-7
                );
            }
        }

        Tolerance.AssertDigits(
            golden.GetProperty("rsquared").GetDouble(),
            json.GetProperty("rSquared").GetDouble(),
            Digits,
            "rSquared",
            scale: 1e-7
        );
        Tolerance.AssertDigits(
            golden.GetProperty("fvalue").GetDouble(),
            json.GetProperty("fStatistic").GetDouble(),
            Digits,
            "fStatistic",
            scale: 1e-7
        );
        Tolerance.AssertDigits(
            golden.GetProperty("f_pvalue").GetDouble(),
            json.GetProperty("fPValue").GetDouble(),
            Digits,
            "fPValue",
            scale: 1e-7
        );
        if (covType == "cluster")
        {
            Assert.Equal(15, json.GetProperty("clusterCount").GetInt32());
        }
    }

    private static int[] Ints(JsonElement array) => [.. array.EnumerateArray().Select(v => v.GetInt32())];
}
