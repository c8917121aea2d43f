namespace AmazonSalesRegression.Resampling;

/// <summary>The error of one cross-validation split.</summary>
/// <param name="Fold">1-based number of the split.</param>
/// <param name="TrainRows">Rows the model was fitted on.</param>
/// <param name="TestRows">Rows it was evaluated on.</param>
/// <param name="Rmse">Root mean squared error on the test rows, on the scale of the formula's response.</param>
public sealed record FoldError(int Fold, int TrainRows, int TestRows, double Rmse);
