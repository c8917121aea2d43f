namespace AmazonSalesRegression.Cli.Course;

/// <summary>One step of <c>course run</c>: a name for the progress display and the work, which returns a one-line outcome.</summary>
/// <param name="Name">Shown in the progress display and the summary table.</param>
/// <param name="Run">Does the work; throws to fail the run.</param>
internal sealed record CourseStep(string Name, Func<CancellationToken, Task<string>> Run);
