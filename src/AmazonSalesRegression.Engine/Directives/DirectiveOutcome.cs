namespace AmazonSalesRegression.Engine.Directives;

/// <summary>What the leading directives of a cell asked for.</summary>
/// <param name="Code">The cell with every handled directive line blanked, so compiler line numbers stay the cell's.</param>
/// <param name="ReferencePaths">Full paths of assemblies named by <c>#r "path"</c>.</param>
/// <param name="Notes">Messages for the cell's standard error (ignored directives).</param>
/// <param name="Errors">Problems, formatted like compiler errors: <c>(line,col): error NB1001: …</c>.</param>
internal sealed record DirectiveOutcome(
    string Code,
    IReadOnlyList<string> ReferencePaths,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> Errors
);
