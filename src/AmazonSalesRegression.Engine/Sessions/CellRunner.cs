using AmazonSalesRegression.Engine.Diagnostics;
using AmazonSalesRegression.Engine.Formatting;
using AmazonSalesRegression.Engine.Output;

namespace AmazonSalesRegression.Engine.Sessions;

/// <summary>
/// Compiles, checks and runs one cell on the current thread pool thread, inside the cell's output context: syntax
/// errors first, then forbidden calls, then the remaining compile errors, then the run. A cell that gets as far as
/// running is registered with the session's <see cref="CellLines"/>, so that its frames can be located later.
/// </summary>
internal static class CellRunner
{
    /// <summary>Runs <paramref name="run"/>, loading it into <paramref name="assemblies"/>; never throws for user mistakes.</summary>
    public static async Task<CellOutcome> RunAsync(CellRun run, CellAssemblies assemblies, FormatterRegistry formatters, CellLines cells)
    {
        CellContext.Current = run.Cell;
        var rejected = CompilationDiagnostics.FormatErrors(run.Tree.GetDiagnostics());
        if (rejected.Count == 0)
        {
            rejected = ForbiddenCalls.Find(run.Compilation, run.Tree, CancellationToken.None);
        }

        var compiled = rejected.Count == 0 ? assemblies.EmitAndLoad(run.Compilation, CancellationToken.None) : null;
        if (compiled is { Errors.Count: > 0 })
        {
            rejected = CompilationDiagnostics.FormatErrors(compiled.Errors);
        }

        if (rejected.Count > 0)
        {
            return new CellOutcome(null, null, CellErrors.Compilation(rejected), null);
        }

        var state = run.Previous.Continue(run.Compilation);
        if (compiled?.Run is not { } entryPoint)
        {
            return new CellOutcome(state, null, null, null);
        }

        cells.Register(run.Compilation, run.Cell.ExecutionCount);
        object? value;
        try
        {
            value = await entryPoint(state.Submissions).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            return new CellOutcome(state, null, RuntimeErrors.From(e, cells), e);
        }

        if (!TrailingExpression.HasValue(run.Compilation, run.Tree))
        {
            return new CellOutcome(state, null, null, null);
        }

        try
        {
            return new CellOutcome(state, formatters.Format(value), null, null);
        }
        catch (Exception e)
        {
            return new CellOutcome(state, null, RuntimeErrors.From(e, cells), e);
        }
    }
}
