namespace AmazonSalesRegression.Data.Generation;

/// <summary>
/// Contemporaneous traffic: sessions = max(units, round(D_traffic / c)) with the conversion c = c_cat·exp(N(0, ConversionNoiseSd²)),
/// and page_views = round(sessions × U(PageViewsPerSessionMin, PageViewsPerSessionMax)). D_traffic is the day's demand
/// before stock-out censoring (and without a bulk order's extra units). Traffic is an outcome of the same day's
/// demand, not known when forecasting.
/// </summary>
/// <param name="ConversionNoiseSd">Standard deviation of the log conversion noise.</param>
/// <param name="PageViewsPerSessionMin">Smallest page views per session.</param>
/// <param name="PageViewsPerSessionMax">Largest page views per session.</param>
public sealed record TrafficTruth(double ConversionNoiseSd, double PageViewsPerSessionMin, double PageViewsPerSessionMax);
