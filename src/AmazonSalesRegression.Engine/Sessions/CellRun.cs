using AmazonSalesRegression.Engine.Output;
using Microsoft.CodeAnalysis.Scripting;

namespace AmazonSalesRegression.Engine.Sessions;

/// <summary>One cell about to run: its compiled-on-demand script, the state it continues, and its output context.</summary>
/// <param name="Script">The cell's submission, continuing <paramref name="Previous"/>.</param>
/// <param name="Previous">The state of the last completed cell.</param>
/// <param name="Cell">Where the cell's output goes.</param>
/// <param name="Code">The cell's code after directive processing (what the completion workspace replays).</param>
internal sealed record CellRun(Script<object> Script, ScriptState<object> Previous, CellContext Cell, string Code);
