using AmazonSalesRegression.Data.Csv;
using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Modeling.Tests.Data.Csv;

/// <summary>Reads CSV text written inline in tests, under the source name <c>sales.csv</c>.</summary>
internal static class CsvInput
{
    public const string Source = "sales.csv";

    /// <summary>A small schema with one column of each type: date, sku, units, price, promo, note.</summary>
    public static CsvSchema Schema { get; } =
        new([
            new CsvColumn("date", CsvColumnType.Date),
            new CsvColumn("sku", CsvColumnType.Category),
            new CsvColumn("units", CsvColumnType.Int32),
            new CsvColumn("price", CsvColumnType.Double),
            new CsvColumn("promo", CsvColumnType.Boolean01),
            new CsvColumn("note", CsvColumnType.String) { AllowEmpty = true },
        ]);

    public const string Header = "date,sku,units,price,promo,note\n";

    public static ColumnTable Read(string text, CsvSchema? schema = null, CsvReadOptions? options = null) =>
        CsvReader.Read(new StringReader(text), Source, schema ?? Schema, options);

    public static DataFormatException ReadError(string text, CsvSchema? schema = null, CsvReadOptions? options = null) =>
        Assert.Throws<DataFormatException>(() => Read(text, schema, options));
}
