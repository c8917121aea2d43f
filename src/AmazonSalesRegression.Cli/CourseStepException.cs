namespace AmazonSalesRegression.Cli;

/// <summary>A step of a CLI verb failed for a reason the user can act on; the message says what to do.</summary>
internal sealed class CourseStepException(string message) : Exception(message);
