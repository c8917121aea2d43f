namespace AmazonSalesRegression.Resampling;

/// <summary>One point of a learning curve.</summary>
/// <param name="TrainSize">Number of training rows.</param>
/// <param name="TrainRmse">RMSE on those training rows.</param>
/// <param name="ValidationRmse">RMSE on the fixed validation rows.</param>
public sealed record LearningCurvePoint(int TrainSize, double TrainRmse, double ValidationRmse);
