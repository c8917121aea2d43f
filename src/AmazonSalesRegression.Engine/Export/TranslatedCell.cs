namespace AmazonSalesRegression.Engine.Export;

/// <summary>A code cell taken apart for a file-based app.</summary>
/// <param name="Usings">The cell's <c>using</c> directives, one normalised line each.</param>
/// <param name="Body">The statements (and local functions), with directives, usings and type declarations cut out.</param>
/// <param name="Types">The type declarations, which a program must put after its statements.</param>
/// <param name="Declarations">The names the cell declares at top level, with the line of each.</param>
/// <param name="Shows">How the cell's last expression is shown: <see cref="ShownValue.None"/> when it has none.</param>
internal sealed record TranslatedCell(
    IReadOnlyList<string> Usings,
    string Body,
    IReadOnlyList<string> Types,
    IReadOnlyList<(string Name, int Line)> Declarations,
    ShownValue Shows
);

/// <summary>Whether a cell ends in an expression the notebook shows, and whether it awaits.</summary>
internal enum ShownValue
{
    /// <summary>The cell ends in a statement.</summary>
    None,

    /// <summary>The cell ends in an expression without a semicolon.</summary>
    Value,

    /// <summary>The cell ends in an expression without a semicolon that awaits.</summary>
    AwaitedValue,
}
