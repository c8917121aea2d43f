using AmazonSalesRegression.Data;
using AmazonSalesRegression.Features.Tabular;
using AmazonSalesRegression.Scoring.Artifacts;

namespace AmazonSalesRegression.Training;

/// <summary>
/// The production demand model, specified in one place: what it predicts, from which inputs, on which rows.
/// </summary>
/// <remarks>
/// <para><b>Target.</b> log(units_sold) on in-stock rows only. On an out-of-stock day only the start of the day sells, so
/// units are censored far below demand (often 0, where the log is undefined); fitting them would teach the model that
/// stock-outs are low demand. Demand is log-normal around its median in the data's process, so the log makes the model
/// linear and the errors roughly Gaussian.</para>
/// <para><b>Inputs.</b> Only what is known when the forecast is made: the SKU (fixed effect: each product's level), the
/// price with a separate elasticity per category (<c>C(category):log(selling_price)</c>) and its Prime Day shift,
/// the competitor's price (cross-price elasticity), each ad channel's planned spend through log1p (concave: diminishing
/// returns, and defined at zero spend), the calendar (weekday, month for the yearly cycle, a linear trend in years),
/// the event flags and the rating shown. Sessions, page views, revenue and the referral fee are outcomes of the same
/// day and would leak the answer; review counts only follow past sales; list price and discount are collinear with the
/// selling price. The ad transform's scale was checked on the validation period (train before July 2025): with
/// log1p(spend / h) for h = 1, 5, 10, 20 and 50 dollars the validation log RMSE moved only from 0.2776 to 0.2773, so the
/// plain log1p(spend) is kept.</para>
/// <para><b>Fit.</b> Ordinary least squares (the library's pivoted QR) on the course's train and validation periods
/// (before <see cref="CourseSplit.TestStart"/>); the test period is the holdout. The noise is heteroscedastic (by
/// category, fulfilment and event), so the single-variance prediction interval is too wide for quiet SKUs and too
/// narrow on event days; the holdout coverage in the artifact shows how much.</para>
/// </remarks>
public static class ProductionModel
{
    /// <summary>The model's name, also the default artifact file name <c>models/amazon-sales-demand.json</c>.</summary>
    public const string Name = DemandModelFile.Name;

    /// <summary>The model's version; bump it when <see cref="Formula"/> or the training rows change.</summary>
    public const string Version = "1.0.0";

    /// <summary>The model formula.</summary>
    public const string Formula =
        "log(units_sold) ~ C(sku) + C(category):log(selling_price) + prime_day:log(selling_price) + log(competitor_price)"
        + " + log1p(ad_spend_sp) + log1p(ad_spend_sb) + log1p(ad_spend_display)"
        + " + dayofweek(date) + month(date) + time(date) + prime_day + bfcm + holiday_season + avg_rating";

    /// <summary>What the model predicts, as the artifact describes it.</summary>
    public const string Description =
        "Daily units sold of one SKU while in stock: median exp(log-linear prediction) with a prediction interval.";

    /// <summary>The default seed recorded in the artifact: the course data set's generator seed.</summary>
    public const ulong DefaultSeed = Data.Generation.GeneratorOptions.DefaultSeed;

    /// <summary>The default coverage of the prediction intervals.</summary>
    public const double IntervalLevel = DemandModelFile.IntervalLevel;

    /// <summary>The artifact's file name under <c>models/</c>.</summary>
    public static string FileName => DemandModelFile.FileName;

    /// <summary>The default artifact path under the repository root.</summary>
    public static string DefaultPath(string root) => DemandModelFile.InModelsFolder(root);

    /// <summary>Trains the production model on the CSV at <paramref name="csvPath"/> and returns the artifact and the fit.</summary>
    /// <exception cref="DataFormatException">The data cannot be read or transformed.</exception>
    public static ProductionTraining Train(string csvPath, ProductionTrainingOptions? options = null) =>
        ProductionTrainer.Train(csvPath, options ?? new ProductionTrainingOptions());
}
