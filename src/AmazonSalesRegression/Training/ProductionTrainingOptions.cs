namespace AmazonSalesRegression.Training;

/// <summary>Options of <see cref="ProductionModel.Train"/>.</summary>
public sealed record ProductionTrainingOptions
{
    /// <summary>Seed recorded in the artifact; default <see cref="ProductionModel.DefaultSeed"/>.</summary>
    public ulong Seed { get; init; } = ProductionModel.DefaultSeed;

    /// <summary>The training time to record; default: midnight UTC of the day after the last training day (deterministic).</summary>
    public DateTimeOffset? TrainedAt { get; init; }

    /// <summary>Coverage of the prediction intervals evaluated on the holdout; default 0.95.</summary>
    public double IntervalLevel { get; init; } = ProductionModel.IntervalLevel;
}
