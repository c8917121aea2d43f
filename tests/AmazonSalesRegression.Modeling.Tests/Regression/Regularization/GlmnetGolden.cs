using System.Globalization;
using System.Text.Json;
using AmazonSalesRegression.Regression;

namespace AmazonSalesRegression.Modeling.Tests.Regression.Regularization;

/// <summary>glmnet's paths and cv.glmnet's curves for the golden data sets (Regularization/Golden/make_glmnet_golden.R).</summary>
internal static class GlmnetGolden
{
    public static string Folder => Golden.Path("AmazonSalesRegression.Modeling.Tests", "Regression", "Regularization", "Golden");

    private static readonly JsonElement Root = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "glmnet_golden.json"))).RootElement;

    /// <summary>(data set, α) of every case, for theory data.</summary>
    public static TheoryData<string, double> Cases()
    {
        var data = new TheoryData<string, double>();
        foreach (var c in Root.GetProperty("cases").EnumerateArray())
        {
            data.Add(c.GetProperty("data").GetString()!, c.GetProperty("alpha").GetDouble());
        }

        return data;
    }

    public static JsonElement Case(string data, double alpha) =>
        Root.GetProperty("cases")
            .EnumerateArray()
            .Single(c => c.GetProperty("data").GetString() == data && c.GetProperty("alpha").GetDouble() == alpha);

    public static double[] Numbers(this JsonElement element, string property) =>
        element.GetProperty(property).EnumerateArray().Select(v => v.GetDouble()).ToArray();

    public static double[][] Matrix(this JsonElement element, string property) =>
        element.GetProperty(property).EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray();

    /// <summary>The data set: predictors as a design (no intercept) and y.</summary>
    public static (DesignMatrix X, double[] Y) Data(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(Folder, $"glmnet_{name}.csv"));
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(l => l.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        var columns = Enumerable.Range(1, header.Length - 1).Select(c => rows.Select(r => r[c]).ToArray()).ToArray();
        return (DesignMatrix.FromColumns(header[1..], columns), rows.Select(r => r[0]).ToArray());
    }
}
