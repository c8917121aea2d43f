namespace AmazonSalesRegression.Data.Generation;

/// <summary>The observed drivers of one SKU-day's demand.</summary>
/// <param name="Day">Index of the day in the data (0 = start date).</param>
/// <param name="PrimeDay">Prime Day flag.</param>
/// <param name="Bfcm">Black Friday–Cyber Monday flag.</param>
/// <param name="Holiday">Holiday season flag.</param>
/// <param name="Prices">List, selling and competitor prices in cents.</param>
/// <param name="AdCents">Spend per channel in cents, in <see cref="GroundTruth.AdChannels"/> order.</param>
/// <param name="RatingTenths">Shown rating in tenths of a star.</param>
internal sealed record DayInputs(int Day, bool PrimeDay, bool Bfcm, bool Holiday, DayPrices Prices, long[] AdCents, int RatingTenths);
