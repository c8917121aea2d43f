namespace AmazonSalesRegression.Data.Streaming;

/// <summary>A cell of a numeric column that holds text, with what the caller needs to word the error.</summary>
/// <param name="Source">The file.</param>
/// <param name="Column">The column's name.</param>
/// <param name="SourceColumn">The column's 1-based position in the file.</param>
/// <param name="Line">The line of the text.</param>
/// <param name="Text">The text found.</param>
/// <param name="FirstText">The column's value on the first data row.</param>
/// <param name="FirstLine">The line of the first data row.</param>
/// <param name="ExampleNumber">A number in the same column (the first one), or null when the column holds none.</param>
/// <param name="ExampleLine">The line of <paramref name="ExampleNumber"/>.</param>
public sealed record NonNumericCell(
    string Source,
    string Column,
    int SourceColumn,
    int Line,
    string Text,
    string FirstText,
    int FirstLine,
    string? ExampleNumber,
    int? ExampleLine
);
