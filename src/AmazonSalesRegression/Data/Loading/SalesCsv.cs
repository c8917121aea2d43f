using AmazonSalesRegression.Data.Csv;
using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Data.Loading;

/// <summary>
/// Loads the course's sales CSV (columns <see cref="SalesColumns.All"/>), or the same data as Parquet (a file named
/// <c>.parquet</c>, see <see cref="TableFiles"/>), with every value checked against <see cref="Schema"/>: types, ranges,
/// allowed labels and <c>selling_price = list_price - discount</c>.
/// </summary>
public static partial class SalesCsv
{
    /// <summary>Loads the sales file (CSV or Parquet) at <paramref name="path"/> as records, stopping at the first bad value.</summary>
    /// <param name="path">File to read; the path names it in errors.</param>
    /// <exception cref="DataFormatException">The file breaks the sales schema; the message locates the value.</exception>
    public static IReadOnlyList<SalesRecord> Load(string path) => ToRecords(LoadTable(path));

    /// <summary>Loads sales records from text, stopping at the first bad value.</summary>
    /// <param name="reader">Input (left open).</param>
    /// <param name="source">Name of the input in error messages.</param>
    /// <exception cref="DataFormatException">The text breaks the sales schema; the message locates the value.</exception>
    public static IReadOnlyList<SalesRecord> Load(TextReader reader, string source) => ToRecords(LoadTable(reader, source));

    /// <summary>Loads the sales file (CSV or Parquet) at <paramref name="path"/> in columnar form.</summary>
    /// <param name="path">File to read; the path names it in errors.</param>
    /// <param name="options">Reading options, e.g. <see cref="BadRowPolicy.Skip"/>; <see cref="CsvReadOptions.Default"/> if omitted.</param>
    /// <exception cref="DataFormatException">The file breaks the sales schema.</exception>
    public static ColumnTable LoadTable(string path, CsvReadOptions? options = null) => TableFiles.Read(path, Schema, options);

    /// <summary>Loads sales data from text in columnar form.</summary>
    /// <param name="reader">Input (left open).</param>
    /// <param name="source">Name of the input in error messages.</param>
    /// <param name="options">Reading options; <see cref="CsvReadOptions.Default"/> if omitted.</param>
    /// <exception cref="DataFormatException">The text breaks the sales schema.</exception>
    public static ColumnTable LoadTable(TextReader reader, string source, CsvReadOptions? options = null) =>
        CsvReader.Read(reader, source, Schema, options);

    /// <summary>Converts a table read with <see cref="Schema"/> to one record per row.</summary>
    /// <param name="table">A table holding the sales columns with the sales types.</param>
    /// <exception cref="KeyNotFoundException">A sales column is missing.</exception>
    /// <exception cref="InvalidOperationException">A sales column has another type.</exception>
    public static IReadOnlyList<SalesRecord> ToRecords(ColumnTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var date = table.Get<DateOnly>(SalesColumns.Date);
        var sku = table.Get<string>(SalesColumns.Sku);
        var category = table.Get<string>(SalesColumns.Category);
        var fulfilment = table.Get<string>(SalesColumns.Fulfilment);
        var listPrice = table.Get<double>(SalesColumns.ListPrice);
        var sellingPrice = table.Get<double>(SalesColumns.SellingPrice);
        var discount = table.Get<double>(SalesColumns.Discount);
        var competitorPrice = table.Get<double>(SalesColumns.CompetitorPrice);
        var adSp = table.Get<double>(SalesColumns.AdSpendSponsoredProducts);
        var adSb = table.Get<double>(SalesColumns.AdSpendSponsoredBrands);
        var adDisplay = table.Get<double>(SalesColumns.AdSpendDisplay);
        var sessions = table.Get<int>(SalesColumns.Sessions);
        var pageViews = table.Get<int>(SalesColumns.PageViews);
        var rating = table.Get<double>(SalesColumns.AverageRating);
        var reviews = table.Get<int>(SalesColumns.ReviewCount);
        var inStock = table.Get<bool>(SalesColumns.InStock);
        var primeDay = table.Get<bool>(SalesColumns.PrimeDay);
        var bfcm = table.Get<bool>(SalesColumns.BlackFridayCyberMonday);
        var holiday = table.Get<bool>(SalesColumns.HolidaySeason);
        var units = table.Get<int>(SalesColumns.UnitsSold);
        var revenue = table.Get<double>(SalesColumns.Revenue);
        var referralFee = table.Get<double>(SalesColumns.ReferralFee);
        var records = new SalesRecord[table.RowCount];
        for (var i = 0; i < records.Length; i++)
        {
            records[i] = new SalesRecord(
                date[i],
                sku[i],
                category[i],
                fulfilment[i],
                listPrice[i],
                sellingPrice[i],
                discount[i],
                competitorPrice[i],
                adSp[i],
                adSb[i],
                adDisplay[i],
                sessions[i],
                pageViews[i],
                rating[i],
                reviews[i],
                inStock[i],
                primeDay[i],
                bfcm[i],
                holiday[i],
                units[i],
                revenue[i],
                referralFee[i]
            );
        }

        return records;
    }
}
