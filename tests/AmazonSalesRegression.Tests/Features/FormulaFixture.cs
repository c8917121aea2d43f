using System.Globalization;
using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Tests.Features;

/// <summary>The small data set the formula golden file was made from (Features/Golden/formula_fixture.csv).</summary>
internal static class FormulaFixture
{
    public static string GoldenFolder =>
        Path.Combine(CoursePaths.FindRoot(AppContext.BaseDirectory), "tests", "AmazonSalesRegression.Tests", "Features", "Golden");

    public static TabularData Load()
    {
        var path = Path.Combine(GoldenFolder, "formula_fixture.csv");
        var rows = File.ReadAllLines(path).Skip(1).Select(l => l.Split(',')).ToArray();
        double[] Numbers(int column) => rows.Select(r => double.Parse(r[column], CultureInfo.InvariantCulture)).ToArray();
        return new TabularData(path, rows.Length)
            .Add("date", rows.Select(r => DateOnly.ParseExact(r[0], "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray())
            .Add("category", rows.Select(r => r[1]).ToArray())
            .Add("price", Numbers(2))
            .Add("units", Numbers(3))
            .Add("prime_day", Numbers(4))
            .Add("x", Numbers(5))
            .Add("y", Numbers(6));
    }
}
