namespace AmazonSalesRegression.Regression;

/// <summary>
/// A fitted curve for drawing: the model's predictions along a grid of one input column with every other input held
/// fixed, e.g. the fitted mean of <c>y ~ x + I(x**2)</c> over x with its confidence band.
/// </summary>
/// <param name="Column">The input column that varies along the curve.</param>
/// <param name="Grid">The values of <paramref name="Column"/>, in the order given.</param>
/// <param name="Points">One prediction (mean, confidence and prediction intervals) per grid value.</param>
public sealed record FittedCurve(string Column, IReadOnlyList<double> Grid, IReadOnlyList<Prediction> Points);
