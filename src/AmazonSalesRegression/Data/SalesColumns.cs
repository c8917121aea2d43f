namespace AmazonSalesRegression.Data;

/// <summary>Column names of the sales CSV, in file order.</summary>
public static class SalesColumns
{
    /// <summary>Calendar day, ISO 8601 (<c>yyyy-MM-dd</c>).</summary>
    public const string Date = "date";

    /// <summary>SKU identifier.</summary>
    public const string Sku = "sku";

    /// <summary>Product category.</summary>
    public const string Category = "category";

    /// <summary>Fulfilment channel, FBA or FBM.</summary>
    public const string Fulfilment = "fulfilment";

    /// <summary>List price, USD.</summary>
    public const string ListPrice = "list_price";

    /// <summary>Selling price, USD.</summary>
    public const string SellingPrice = "selling_price";

    /// <summary>Discount, USD.</summary>
    public const string Discount = "discount";

    /// <summary>Competitor price, USD.</summary>
    public const string CompetitorPrice = "competitor_price";

    /// <summary>Sponsored Products ad spend, USD.</summary>
    public const string AdSpendSponsoredProducts = "ad_spend_sp";

    /// <summary>Sponsored Brands ad spend, USD.</summary>
    public const string AdSpendSponsoredBrands = "ad_spend_sb";

    /// <summary>Sponsored Display ad spend, USD.</summary>
    public const string AdSpendDisplay = "ad_spend_display";

    /// <summary>Sessions.</summary>
    public const string Sessions = "sessions";

    /// <summary>Page views.</summary>
    public const string PageViews = "page_views";

    /// <summary>Average star rating.</summary>
    public const string AverageRating = "avg_rating";

    /// <summary>Review count.</summary>
    public const string ReviewCount = "review_count";

    /// <summary>In-stock flag, 0 or 1.</summary>
    public const string InStock = "in_stock";

    /// <summary>Prime Day flag, 0 or 1.</summary>
    public const string PrimeDay = "prime_day";

    /// <summary>Black Friday / Cyber Monday flag, 0 or 1.</summary>
    public const string BlackFridayCyberMonday = "bfcm";

    /// <summary>Holiday season flag, 0 or 1.</summary>
    public const string HolidaySeason = "holiday_season";

    /// <summary>Units sold.</summary>
    public const string UnitsSold = "units_sold";

    /// <summary>Revenue, USD.</summary>
    public const string Revenue = "revenue";

    /// <summary>Referral fee, USD (an outcome of sales).</summary>
    public const string ReferralFee = "referral_fee";

    /// <summary>All column names in file order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Date,
        Sku,
        Category,
        Fulfilment,
        ListPrice,
        SellingPrice,
        Discount,
        CompetitorPrice,
        AdSpendSponsoredProducts,
        AdSpendSponsoredBrands,
        AdSpendDisplay,
        Sessions,
        PageViews,
        AverageRating,
        ReviewCount,
        InStock,
        PrimeDay,
        BlackFridayCyberMonday,
        HolidaySeason,
        UnitsSold,
        Revenue,
        ReferralFee,
    ];
}
