namespace AmazonSalesRegression.Data;

/// <summary>A part of the time-ordered <see cref="CourseSplit"/>.</summary>
public enum SplitPart
{
    /// <summary>Days used to fit models.</summary>
    Train,

    /// <summary>Days used to choose between models and tune them.</summary>
    Validation,

    /// <summary>The holdout, used once to report the chosen model's accuracy.</summary>
    Test,
}
