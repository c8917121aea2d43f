namespace AmazonSalesRegression.Scoring.Artifacts;

/// <summary>Where a model came from, so that anyone can reproduce it byte for byte.</summary>
/// <param name="DataFile">File name of the training data.</param>
/// <param name="DataSha256">SHA-256 of the training data file's bytes (lower-case hex).</param>
/// <param name="Seed">Seed of the training run. Ordinary least squares and exact quantiles use no randomness, so the seed changes nothing today; it is recorded so that any sampled step added later stays reproducible.</param>
/// <param name="FirstDate">First training day.</param>
/// <param name="LastDate">Last training day.</param>
/// <param name="SourceRows">Rows in the data file.</param>
/// <param name="TrainingRows">Rows the model was fitted on (in stock, before the holdout).</param>
/// <param name="OutOfStockRowsExcluded">Out-of-stock rows left out of training and holdout (censored sales).</param>
/// <param name="HoldoutRows">In-stock rows of the holdout.</param>
public sealed record TrainingProvenance(
    string DataFile,
    string DataSha256,
    ulong Seed,
    DateOnly FirstDate,
    DateOnly LastDate,
    int SourceRows,
    int TrainingRows,
    int OutOfStockRowsExcluded,
    int HoldoutRows
);
