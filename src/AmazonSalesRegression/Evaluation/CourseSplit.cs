namespace AmazonSalesRegression.Evaluation;

/// <summary>
/// The course's time-ordered split of the two years of daily data: training up to the end of June 2025, validation
/// for the third quarter of 2025 (model choice and tuning) and a test holdout for the fourth quarter (reported once).
/// The production model trains on training and validation together and is judged on the test holdout.
/// </summary>
/// <remarks>
/// Splitting by time rather than at random keeps the future out of the past: with daily sales, a random split lets the
/// model see the days around every test day, which overstates accuracy.
/// </remarks>
public static class CourseSplit
{
    /// <summary>The first validation day; training uses earlier days.</summary>
    public static DateOnly ValidationStart { get; } = new(2025, 7, 1);

    /// <summary>The first test day; training and validation use earlier days.</summary>
    public static DateOnly TestStart { get; } = new(2025, 10, 1);

    /// <summary>The part of the split a day belongs to.</summary>
    public static SplitPart PartOf(DateOnly date) =>
        date < ValidationStart ? SplitPart.Train
        : date < TestStart ? SplitPart.Validation
        : SplitPart.Test;

    /// <summary>The part of the split a day belongs to (the time of day is ignored).</summary>
    public static SplitPart PartOf(DateTime date) => PartOf(DateOnly.FromDateTime(date));
}
