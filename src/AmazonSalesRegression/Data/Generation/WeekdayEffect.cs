namespace AmazonSalesRegression.Data.Generation;

/// <summary>Additive effect of one day of the week on log demand (Monday is the reference, 0).</summary>
/// <param name="Day">Day of the week.</param>
/// <param name="Effect">Added to log demand on that day.</param>
public sealed record WeekdayEffect(DayOfWeek Day, double Effect);
