using System.Collections.Immutable;
using AmazonSalesRegression.Engine.Completion;
using AmazonSalesRegression.Engine.Diagnostics;
using AmazonSalesRegression.Engine.Directives;
using AmazonSalesRegression.Engine.Formatting;
using AmazonSalesRegression.Engine.Output;
using AmazonSalesRegression.Engine.Scripting;
using Microsoft.CodeAnalysis;

namespace AmazonSalesRegression.Engine.Sessions;

/// <summary>
/// A C# notebook session on Roslyn script compilations: an empty first submission carrying the references and
/// imports, then one compilation per cell continuing the last one that compiled (see <see cref="SubmissionCompiler"/>),
/// run one cell at a time against one submission array. Cells see <see cref="CellGlobals"/>, import
/// <see cref="EngineOptions.Imports"/> and reference what <see cref="ScriptReferences"/> gives for the options.
/// </summary>
/// <remarks>
/// The engine drives the compilations itself rather than through <c>ScriptState.ContinueWithAsync</c>: it emits no
/// debug information up front (frames are located later, see <see cref="CellLines"/>), compiles on one thread, and
/// skips the scripting API's per-submission bookkeeping: a trivial cell takes about 8 ms in-process instead of 12 ms.
/// Console output is captured per cell through process-wide routing writers (installed by the first session); the
/// host's own console traffic passes through untouched. User code runs in the host process: the engine rejects
/// <c>Environment.Exit</c>/<c>FailFast</c> at compile time, but cannot stop a cell that ends the process another way
/// (reflection, native code, a stack overflow).
/// </remarks>
public sealed partial class CSharpNotebookSession : INotebookSession
{
    private readonly EngineOptions _options;
    private readonly CellGlobals _globals = new();
    private readonly SessionCells _cells;
    private readonly SemaphoreSlim _queue = new(1, 1);
    private readonly SubmissionCompiler _compiler;
    private readonly DirectiveContext _directives;
    private readonly CellAssemblies _assemblies = new();
    private readonly Lazy<SubmissionState> _baseState;
    private readonly CompletionWorkspace _completion;
    private readonly CellLines _lines = new();
    private SubmissionState? _state;
    private ImmutableList<string> _history = [];
    private ImmutableList<MetadataReference> _references;
    private ImmutableList<MetadataReference> _pendingReferences = [];
    private Task? _warmUp;
    private int _executionCount;
    private bool _disposed;

    /// <summary>Creates a session; nothing is compiled until the first cell or <see cref="WarmUpAsync"/>.</summary>
    public CSharpNotebookSession(EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        ConsoleRouting.EnsureInstalled();
        var formatters = FormatterRegistry.CreateDefault(
            new FormatContext(
                options.MaxDisplayRows,
                options.MaxDisplayColumns,
                options.InjectPlotlyJs ? new PlotlyJsInjection(() => CellContext.Current?.Target) : null
            )
        );
        _cells = new SessionCells(new DisplayService(formatters));
        _compiler = new SubmissionCompiler(options.Imports);
        _directives = new DirectiveContext(
            options.WorkingDirectory,
            options.NotebookPackages,
            options.HostAssemblies.Select(a => a.GetName().Name).OfType<string>().ToArray()
        );
        _references = [.. ScriptReferences.For(options)];
        _baseState = new Lazy<SubmissionState>(() => new SubmissionState(_compiler.Start(_references), [_globals]));
        _completion = new CompletionWorkspace(options.Imports);
    }

    /// <inheritdoc/>
    public int ExecutionCount => Volatile.Read(ref _executionCount);

    /// <inheritdoc/>
    /// <remarks>
    /// Binds the references, compiles, runs and formats a throwaway cell (every step a first cell takes), then answers
    /// one completion request.
    /// </remarks>
    public Task WarmUpAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _warmUp ??= Task.Run(WarmUpCoreAsync, CancellationToken.None);
        return _warmUp.WaitAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        _disposed = true;
        _completion.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task WarmUpCoreAsync()
    {
        var state = _baseState.Value;
        var probe = _compiler.Continue(state.Compilation, "var warmUp = new List<int> { 1, 2 }.Sum(); warmUp", "warmup.csx", []);
        var tree = probe.SyntaxTrees[0];
        _ = ForbiddenCalls.Find(probe, tree, CancellationToken.None);
        if (_assemblies.EmitAndLoad(probe, CancellationToken.None).Run is { } run)
        {
            var value = await run(state.Continue(probe).Submissions).ConfigureAwait(false);
            if (TrailingExpression.HasValue(probe, tree))
            {
                _ = _cells.Displays.Formatters.Format(value);
            }
        }

        await _completion.CompleteAsync(Snapshot(), "Console.", 8, CancellationToken.None).ConfigureAwait(false);
    }

    private CompletionSnapshot Snapshot() => new(_history, _references);
}
