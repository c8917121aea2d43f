using System.Text.Json;
using AmazonSalesRegression.Data.Csv;

namespace AmazonSalesRegression.Modeling.Tests.Regression;

/// <summary>statsmodels' results for the golden data sets (Regression/Golden/make_ols_golden.py).</summary>
internal static class OlsGolden
{
    public static string Folder => Golden.Path("AmazonSalesRegression.Modeling.Tests", "Regression", "Golden");

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
}
