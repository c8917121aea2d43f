using System.Text.Json;
using AmazonSalesRegression.Data.Csv;

namespace AmazonSalesRegression.Tests.Regression;

/// <summary>statsmodels' results for the golden data sets (Regression/Golden/make_ols_golden.py).</summary>
internal static class OlsGolden
{
    public static string Folder =>
        Path.Combine(CoursePaths.FindRoot(AppContext.BaseDirectory), "tests", "AmazonSalesRegression.Tests", "Regression", "Golden");

    private static readonly JsonElement Root = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "ols_golden.json"))).RootElement;

    public static IEnumerable<string> Names => Root.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("name").GetString()!);

    public static JsonElement Case(string name) =>
        Root.GetProperty("cases").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);

    public static double[] Numbers(this JsonElement element, string property) =>
        element.GetProperty(property).EnumerateArray().Select(v => v.GetDouble()).ToArray();

    public static double Number(this JsonElement element, string property) => element.GetProperty(property).GetDouble();

    /// <summary>The data set's columns (y first), read with invariant culture.</summary>
    public static (string[] Names, double[][] Columns) Data(string name)
    {
        var table = CsvReader.ReadInferred(Path.Combine(Folder, $"ols_{name}.csv"));
        return ([.. table.ColumnNames], [.. table.ColumnNames.Select(c => table[c].ToDoubles())]);
    }

    /// <summary>Asserts agreement to <paramref name="digits"/> significant digits (log relative error).</summary>
    public static void AssertDigits(double expected, double actual, double digits, string what)
    {
        var error = expected == 0 ? Math.Abs(actual) : Math.Abs(actual - expected) / Math.Abs(expected);
        Assert.True(
            error <= Math.Pow(10, -digits),
            $"{what}: expected {expected:R}, got {actual:R} (relative error {error:E2}, needs ≤ 1e-{digits})"
        );
    }

    public static void AssertDigits(double[] expected, double[] actual, double digits, string what)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            AssertDigits(expected[i], actual[i], digits, $"{what}[{i}]");
        }
    }
}
