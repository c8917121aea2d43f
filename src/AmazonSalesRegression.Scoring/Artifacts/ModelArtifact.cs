namespace AmazonSalesRegression.Scoring.Artifacts;

/// <summary>
/// The content of a production model artifact: everything serving needs to rebuild the exact design (formula and
/// learned transform state), score with prediction intervals, validate inputs, watch for drift, and trace the model
/// back to its data. <see cref="ModelArtifactFile"/> writes it with a schema version and a SHA-256 of this content.
/// </summary>
/// <param name="Name">Model name, e.g. <c>amazon-sales-demand</c>.</param>
/// <param name="Version">Model version (semantic versioning); bump it when the specification changes.</param>
/// <param name="TrainedAt">When the model was trained; by default the day after the last training day, so the file is reproducible.</param>
/// <param name="Description">What the model predicts, in one sentence.</param>
/// <param name="Formula">The model formula (response <c>log(units_sold)</c>), in the library's formula notation.</param>
/// <param name="Transform">Levels and parameters the formula learned in training.</param>
/// <param name="Features">The raw inputs a request must give, in scoring order.</param>
/// <param name="Coefficients">Coefficients by design column name, in design order (null for an aliased column).</param>
/// <param name="Interval">What the prediction interval needs.</param>
/// <param name="Reference">Reference distributions of the inputs and of the prediction over the training rows, for drift.</param>
/// <param name="Holdout">Accuracy on the time-ordered holdout.</param>
/// <param name="Training">Provenance: data file, hash, seed, periods and row counts.</param>
public sealed record ModelArtifact(
    string Name,
    string Version,
    DateTimeOffset TrainedAt,
    string Description,
    string Formula,
    TransformSnapshot Transform,
    IReadOnlyList<FeatureSpec> Features,
    IReadOnlyList<ArtifactCoefficient> Coefficients,
    IntervalSpec Interval,
    ReferenceSet Reference,
    HoldoutReport Holdout,
    TrainingProvenance Training
);
