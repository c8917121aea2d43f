namespace AmazonSalesRegression.Baselines;

/// <summary>In-sample and held-out accuracy of one candidate model, on the scale of its response.</summary>
/// <param name="Model">The candidate's name.</param>
/// <param name="Coefficients">Estimated (non-aliased) coefficients, the intercept included: the model's complexity.</param>
/// <param name="TrainRSquared">R² on the training rows.</param>
/// <param name="TrainAdjustedRSquared">Adjusted R² on the training rows.</param>
/// <param name="TrainRmse">RMSE on the training rows.</param>
/// <param name="ValidationRSquared">R² on the held-out validation rows.</param>
/// <param name="ValidationRmse">RMSE on the held-out validation rows.</param>
public sealed record ModelScore(
    string Model,
    int Coefficients,
    double TrainRSquared,
    double TrainAdjustedRSquared,
    double TrainRmse,
    double ValidationRSquared,
    double ValidationRmse
);
