namespace AmazonSalesRegression.Data.Generation;

/// <summary>An injected outlier: one SKU-day whose demand was multiplied by <paramref name="Factor"/>.</summary>
/// <param name="Date">Day.</param>
/// <param name="Sku">SKU id.</param>
/// <param name="Factor">Multiplier of that day's demand.</param>
/// <param name="Reason"><see cref="ViralMention"/> (traffic rises too) or <see cref="BulkOrder"/> (traffic unchanged).</param>
public sealed record OutlierTruth(DateOnly Date, string Sku, double Factor, string Reason)
{
    /// <summary>Reason of an outlier whose extra buyers also visited the page.</summary>
    public const string ViralMention = "viral social media mention";

    /// <summary>Reason of an outlier caused by one business buyer ordering many units.</summary>
    public const string BulkOrder = "bulk B2B order";
}
