namespace AmazonSalesRegression.Engine.Sessions;

/// <summary>How a cell's run ended.</summary>
/// <param name="State">The new session state, or <see langword="null"/> when the cell did not compile.</param>
/// <param name="Result">The formatted trailing expression, if any.</param>
/// <param name="Error">The compile or runtime error, if any.</param>
/// <param name="Exception">The runtime exception, if any.</param>
internal sealed record CellOutcome(SubmissionState? State, DisplayData? Result, CellError? Error, Exception? Exception);
