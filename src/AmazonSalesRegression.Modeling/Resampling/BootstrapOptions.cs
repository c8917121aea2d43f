namespace AmazonSalesRegression.Resampling;

/// <summary>Settings of a <see cref="Bootstrap"/> run.</summary>
public sealed record BootstrapOptions
{
    /// <summary>Number B of bootstrap replicates; default 1000 (ISLP uses 1000 for standard errors).</summary>
    public int Replicates { get; init; } = 1000;

    /// <summary>Seed of the <see cref="Numerics.Xoshiro256StarStar"/> generator that draws the resamples; the same seed gives the same result on every platform.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Coverage of the confidence intervals, in (0, 1); default 0.95.</summary>
    public double Level { get; init; } = 0.95;
}
