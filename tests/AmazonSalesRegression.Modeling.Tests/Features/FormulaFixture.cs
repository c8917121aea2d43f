using AmazonSalesRegression.Data.Csv;

namespace AmazonSalesRegression.Modeling.Tests.Features;

/// <summary>The small data set the formula golden file was made from (Features/Golden/formula_fixture.csv).</summary>
internal static class FormulaFixture
{
    public static string GoldenFolder => Golden.Path("AmazonSalesRegression.Modeling.Tests", "Features", "Golden");

    /// <summary>The fixture read with the library's CSV reader (its date column is not used by the golden formulas and reads as text).</summary>
    public static ColumnTable Load() => CsvReader.ReadInferred(Path.Combine(GoldenFolder, "formula_fixture.csv"));
}
