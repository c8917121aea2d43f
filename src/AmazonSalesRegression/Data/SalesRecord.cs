namespace AmazonSalesRegression.Data;

/// <summary>
/// One row of the Amazon sales data set: the sales of one SKU on one day.
/// Column names in the CSV are given by <see cref="SalesColumns"/>; units and ranges are documented in <c>data/README.md</c>.
/// </summary>
/// <param name="Date">Calendar day (marketplace time zone).</param>
/// <param name="Sku">Stock-keeping unit identifier, e.g. <c>ELEC-003</c>.</param>
/// <param name="Category">Product category.</param>
/// <param name="Fulfilment"><c>FBA</c> (fulfilled by Amazon) or <c>FBM</c> (fulfilled by merchant).</param>
/// <param name="ListPrice">List price in USD.</param>
/// <param name="SellingPrice">Price paid in USD; always <c>ListPrice - Discount</c>.</param>
/// <param name="Discount">Discount from the list price in USD.</param>
/// <param name="CompetitorPrice">Lowest competing offer in USD.</param>
/// <param name="AdSpendSponsoredProducts">Sponsored Products ad spend in USD.</param>
/// <param name="AdSpendSponsoredBrands">Sponsored Brands ad spend in USD.</param>
/// <param name="AdSpendDisplay">Sponsored Display ad spend in USD.</param>
/// <param name="Sessions">Distinct visits to the product page.</param>
/// <param name="PageViews">Product page views.</param>
/// <param name="AverageRating">Average star rating (1 to 5) shown that day.</param>
/// <param name="ReviewCount">Number of reviews shown that day.</param>
/// <param name="InStock">Whether the SKU was in stock the whole day.</param>
/// <param name="PrimeDay">Prime Day event flag.</param>
/// <param name="BlackFridayCyberMonday">Black Friday to Cyber Monday event flag.</param>
/// <param name="HolidaySeason">Holiday shopping season flag.</param>
/// <param name="UnitsSold">Units ordered.</param>
/// <param name="Revenue">Ordered product sales in USD (<c>UnitsSold × SellingPrice</c>).</param>
/// <param name="ReferralFee">Amazon's referral fee in USD: an outcome of sales (the leakage trap).</param>
public sealed record SalesRecord(
    DateOnly Date,
    string Sku,
    string Category,
    string Fulfilment,
    double ListPrice,
    double SellingPrice,
    double Discount,
    double CompetitorPrice,
    double AdSpendSponsoredProducts,
    double AdSpendSponsoredBrands,
    double AdSpendDisplay,
    int Sessions,
    int PageViews,
    double AverageRating,
    int ReviewCount,
    bool InStock,
    bool PrimeDay,
    bool BlackFridayCyberMonday,
    bool HolidaySeason,
    int UnitsSold,
    double Revenue,
    double ReferralFee
);
