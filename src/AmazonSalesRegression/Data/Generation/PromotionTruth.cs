namespace AmazonSalesRegression.Data.Generation;

/// <summary>
/// The discount process. Outside a promotion, a new one starts each day with probability
/// <paramref name="StartProbability"/> (<paramref name="HolidayStartProbability"/> in the holiday season), lasts a
/// uniform number of days in [<paramref name="MinDays"/>, <paramref name="MaxDays"/>] and takes one of
/// <paramref name="DepthsPercent"/>. On Prime Day and BFCM a SKU joins the event deal with probability
/// <paramref name="EventParticipation"/> at a depth from <paramref name="EventDepthsPercent"/>; the deeper discount applies.
/// </summary>
/// <param name="StartProbability">Daily probability that a promotion starts (outside the holiday season).</param>
/// <param name="HolidayStartProbability">Daily probability that a promotion starts in the holiday season.</param>
/// <param name="MinDays">Shortest promotion, days.</param>
/// <param name="MaxDays">Longest promotion, days.</param>
/// <param name="DepthsPercent">Equally likely promotion depths, percent of list price.</param>
/// <param name="EventParticipation">Probability that a SKU joins a Prime Day or BFCM deal.</param>
/// <param name="EventDepthsPercent">Equally likely event deal depths, percent of list price.</param>
public sealed record PromotionTruth(
    double StartProbability,
    double HolidayStartProbability,
    int MinDays,
    int MaxDays,
    IReadOnlyList<int> DepthsPercent,
    double EventParticipation,
    IReadOnlyList<int> EventDepthsPercent
);
