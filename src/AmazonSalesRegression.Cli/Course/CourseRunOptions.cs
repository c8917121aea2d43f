namespace AmazonSalesRegression.Cli.Course;

/// <summary>Options of <c>course run</c>.</summary>
/// <param name="Check">Re-execute the notebooks and compare with their committed outputs instead of writing them.</param>
/// <param name="Notebook">Only the notebook with this number (1 to 5); <see langword="null"/> for all.</param>
internal sealed record CourseRunOptions(bool Check, int? Notebook);
