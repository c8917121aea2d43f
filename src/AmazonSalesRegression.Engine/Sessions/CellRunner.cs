using AmazonSalesRegression.Engine.Diagnostics;
using AmazonSalesRegression.Engine.Formatting;
using AmazonSalesRegression.Engine.Output;
using Microsoft.CodeAnalysis.Scripting;

namespace AmazonSalesRegression.Engine.Sessions;

/// <summary>
/// Compiles, checks and runs one cell on the current thread pool thread, inside the cell's output context: syntax
/// errors first, then forbidden calls, then the remaining compile errors, then the run.
/// </summary>
internal static class CellRunner
{
    /// <summary>Runs <paramref name="run"/>; never throws for user mistakes.</summary>
    public static async Task<CellOutcome> RunAsync(CellRun run, FormatterRegistry formatters)
    {
        CellContext.Current = run.Cell;
        var compilation = run.Script.GetCompilation();
        var tree = compilation.SyntaxTrees.First();
        var rejected = CompilationDiagnostics.FormatErrors(tree.GetDiagnostics());
        if (rejected.Count == 0)
        {
            rejected = ForbiddenCalls.Find(compilation, tree, CancellationToken.None);
        }

        if (rejected.Count > 0)
        {
            return new CellOutcome(null, null, CellErrors.Compilation(rejected), null);
        }

        ScriptState<object> state;
        try
        {
            state = await run.Script.RunFromAsync(run.Previous, _ => true).ConfigureAwait(false);
        }
        catch (CompilationErrorException e)
        {
            var errors = CompilationDiagnostics.FormatErrors(e.Diagnostics);
            return new CellOutcome(null, null, CellErrors.Compilation(errors.Count > 0 ? errors : [e.Message]), null);
        }

        if (state.Exception is { } exception)
        {
            return new CellOutcome(state, null, RuntimeErrors.From(exception), exception);
        }

        if (!TrailingExpression.HasValue(compilation, tree))
        {
            return new CellOutcome(state, null, null, null);
        }

        try
        {
            return new CellOutcome(state, formatters.Format(state.ReturnValue), null, null);
        }
        catch (Exception e)
        {
            return new CellOutcome(state, null, RuntimeErrors.From(e), e);
        }
    }
}
