namespace AmazonSalesRegression.Data.Generation;

/// <summary>A marketplace event flagged in the data.</summary>
/// <param name="Name">Event: <c>prime_day</c>, <c>bfcm</c> or <c>holiday_season</c> (the flag column it sets).</param>
/// <param name="Start">First day.</param>
/// <param name="End">Last day (inclusive).</param>
public sealed record EventPeriod(string Name, DateOnly Start, DateOnly End);
