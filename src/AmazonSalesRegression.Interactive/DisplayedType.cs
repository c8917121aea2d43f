namespace AmazonSalesRegression.Interactive;

/// <summary>A type the course shows richly, and the MIME types .NET Interactive should send for it, best first.</summary>
/// <param name="Type">The type (an open generic type matches all its constructions).</param>
/// <param name="MimeTypes">The MIME types, <c>text/plain</c> last.</param>
internal sealed record DisplayedType(Type Type, IReadOnlyList<string> MimeTypes);
