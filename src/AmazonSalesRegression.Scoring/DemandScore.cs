namespace AmazonSalesRegression.Scoring;

/// <summary>
/// One prediction of the production model. The model is linear in log(units), so the back-transformed point
/// exp(ŷ) is the median of the predicted demand and exp(ŷ + s²/2) its mean (log-normal errors); the interval
/// bounds are the exponentiated bounds of the log-scale prediction interval.
/// </summary>
/// <param name="LogMean">ŷ, the predicted mean of log(units).</param>
/// <param name="Value">exp(ŷ): the predicted median units.</param>
/// <param name="Mean">exp(ŷ + s²/2): the predicted mean units (sum these for totals).</param>
/// <param name="LogLower">Lower prediction limit of log(units).</param>
/// <param name="LogUpper">Upper prediction limit of log(units).</param>
/// <param name="Lower">Lower prediction limit in units, exp(<paramref name="LogLower"/>).</param>
/// <param name="Upper">Upper prediction limit in units, exp(<paramref name="LogUpper"/>).</param>
/// <param name="OutOfRange">Bit i set when input i lies outside its training range (see <see cref="DemandScorer.Features"/>).</param>
/// <param name="InvalidFactor">−1 for a valid prediction; otherwise the index of the factor that could not be evaluated (see <see cref="DemandScorer.FactorName"/>), and the numbers are NaN.</param>
public readonly record struct DemandScore(
    double LogMean,
    double Value,
    double Mean,
    double LogLower,
    double LogUpper,
    double Lower,
    double Upper,
    ulong OutOfRange,
    int InvalidFactor
)
{
    /// <summary>Whether the prediction could be made.</summary>
    public bool IsValid => InvalidFactor < 0;

    /// <summary>
    /// Whether every number is finite: false for an invalid score, and for inputs so extreme that the log-scale
    /// prediction or its interval overflows (see <see cref="DemandScorer.OverflowCulprits"/>).
    /// </summary>
    public bool IsFinite =>
        double.IsFinite(LogMean)
        && double.IsFinite(LogLower)
        && double.IsFinite(LogUpper)
        && double.IsFinite(Value)
        && double.IsFinite(Mean)
        && double.IsFinite(Lower)
        && double.IsFinite(Upper);
}
