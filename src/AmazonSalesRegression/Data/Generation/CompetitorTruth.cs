namespace AmazonSalesRegression.Data.Generation;

/// <summary>
/// The competitor price is m·list_price rounded to cents, with m a Gaussian random walk reflected into
/// [<paramref name="Lower"/>, <paramref name="Upper"/>], starting uniform in [<paramref name="InitialMin"/>, <paramref name="InitialMax"/>].
/// </summary>
/// <param name="InitialMin">Lower end of the starting multiple.</param>
/// <param name="InitialMax">Upper end of the starting multiple.</param>
/// <param name="StepSd">Standard deviation of the daily step of m.</param>
/// <param name="Lower">Smallest multiple.</param>
/// <param name="Upper">Largest multiple.</param>
public sealed record CompetitorTruth(double InitialMin, double InitialMax, double StepSd, double Lower, double Upper);
