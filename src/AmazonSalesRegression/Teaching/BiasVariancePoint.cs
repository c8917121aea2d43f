namespace AmazonSalesRegression.Teaching;

/// <summary>Errors of a polynomial fit of one degree in the bias–variance demonstration.</summary>
/// <param name="Degree">Polynomial degree.</param>
/// <param name="TrainMse">Mean squared error on the training sample.</param>
/// <param name="TestMse">Mean squared error on a fresh test sample from the same model.</param>
/// <param name="TrueMse">Mean squared distance of the fit from the true function on the test inputs (no noise).</param>
public sealed record BiasVariancePoint(int Degree, double TrainMse, double TestMse, double TrueMse);
