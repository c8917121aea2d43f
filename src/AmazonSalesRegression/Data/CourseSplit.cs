namespace AmazonSalesRegression.Data;

/// <summary>
/// The course's time-ordered split of the sales data, shared by the notebooks and the production model so that
/// every holdout figure in the course refers to the same days. Time order matters: a random split would let the
/// model see the future (the same weeks, promotions and stock-out episodes) and flatter its errors.
/// </summary>
/// <remarks>
/// Train: before <see cref="ValidationStart"/> (2024-01-01 to 2025-06-30). Validation: <see cref="ValidationStart"/>
/// to the day before <see cref="TestStart"/> (2025-07-01 to 2025-09-30, with Prime Day 2025). Test (the holdout):
/// from <see cref="TestStart"/> (2025-10-01 to 2025-12-31, with BFCM and the holiday season). The production model
/// trains on train and validation together and reports its metrics on the test period.
/// </remarks>
public static class CourseSplit
{
    /// <summary>First day of the validation period, 2025-07-01.</summary>
    public static DateOnly ValidationStart { get; } = new(2025, 7, 1);

    /// <summary>First day of the test (holdout) period, 2025-10-01.</summary>
    public static DateOnly TestStart { get; } = new(2025, 10, 1);

    /// <summary>Whether <paramref name="date"/> belongs to the training period.</summary>
    public static bool IsTrain(DateOnly date) => date < ValidationStart;

    /// <summary>Whether <paramref name="date"/> belongs to the validation period.</summary>
    public static bool IsValidation(DateOnly date) => date >= ValidationStart && date < TestStart;

    /// <summary>Whether <paramref name="date"/> belongs to the test (holdout) period.</summary>
    public static bool IsTest(DateOnly date) => date >= TestStart;

    /// <summary>The part of the split <paramref name="date"/> belongs to.</summary>
    public static SplitPart PartOf(DateOnly date) =>
        IsTrain(date) ? SplitPart.Train
        : IsValidation(date) ? SplitPart.Validation
        : SplitPart.Test;

    /// <summary>The part of the split <paramref name="date"/> belongs to (the time of day is ignored).</summary>
    public static SplitPart PartOf(DateTime date) => PartOf(DateOnly.FromDateTime(date));
}
