using System.Collections.Immutable;

namespace AmazonSalesRegression.Resampling;

/// <summary>
/// The bootstrap distribution of a statistic and what is read from it: standard error, bias and two confidence
/// intervals. Quantiles are R's type 7 (numpy's default linear interpolation) of the sorted replicates.
/// </summary>
/// <param name="Estimate">The statistic θ̂ on the original data.</param>
/// <param name="StandardError">Standard deviation of the replicates θ*₁ … θ*_B (divisor B − 1, as R's <c>boot</c> and ISLP's <c>boot_SE</c>).</param>
/// <param name="Bias">mean(θ*) − θ̂.</param>
/// <param name="PercentileLower">Percentile interval: the α/2 quantile of the replicates.</param>
/// <param name="PercentileUpper">Percentile interval: the 1 − α/2 quantile of the replicates.</param>
/// <param name="BasicLower">Basic (reverse-percentile) interval: 2θ̂ − the 1 − α/2 quantile.</param>
/// <param name="BasicUpper">Basic (reverse-percentile) interval: 2θ̂ − the α/2 quantile.</param>
/// <param name="Level">Coverage 1 − α of both intervals.</param>
/// <param name="Replicates">Number B of replicates.</param>
/// <param name="Seed">Seed of the resampling generator.</param>
/// <param name="Clusters">Number of clusters resampled whole, or <see langword="null"/> when single rows were resampled.</param>
/// <param name="Values">The replicates θ*_b in the order they were drawn.</param>
public sealed record BootstrapResult(
    double Estimate,
    double StandardError,
    double Bias,
    double PercentileLower,
    double PercentileUpper,
    double BasicLower,
    double BasicUpper,
    double Level,
    int Replicates,
    ulong Seed,
    int? Clusters,
    ImmutableArray<double> Values
);
