using AmazonSalesRegression.Engine.Output;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AmazonSalesRegression.Engine.Sessions;

/// <summary>One cell about to run: its compilation, the state it continues, and its output context.</summary>
/// <param name="Compilation">The cell's script compilation, continuing <paramref name="Previous"/>.</param>
/// <param name="Tree">The cell's syntax tree in <paramref name="Compilation"/>.</param>
/// <param name="Previous">The state of the last completed cell.</param>
/// <param name="Cell">Where the cell's output goes.</param>
/// <param name="Code">The cell's code after directive processing (what the completion workspace replays).</param>
internal sealed record CellRun(CSharpCompilation Compilation, SyntaxTree Tree, SubmissionState Previous, CellContext Cell, string Code);
