namespace AmazonSalesRegression.Evaluation;

/// <summary>A percentage error metric and how many rows it had to leave out to avoid dividing by zero.</summary>
/// <param name="Percent">The metric in percent (NaN when every row was excluded).</param>
/// <param name="Excluded">Rows left out (zero actuals for MAPE; zero actual and prediction for sMAPE).</param>
public sealed record PercentageError(double Percent, int Excluded);
