using System.Collections.Immutable;
using System.Text;
using AmazonSalesRegression.Engine.Completion;
using AmazonSalesRegression.Engine.Formatting;
using AmazonSalesRegression.Engine.Output;
using AmazonSalesRegression.Engine.Scripting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace AmazonSalesRegression.Engine.Sessions;

/// <summary>
/// A C# notebook session on Roslyn scripting: one <see cref="ScriptState"/> chain (an empty
/// <see cref="CSharpScript.RunAsync(string, ScriptOptions, object, Type, CancellationToken)"/> first, then one
/// continuation per cell), run one cell at a time. Cells see <see cref="CellGlobals"/> and import
/// <see cref="ScriptReferences.DefaultImports"/>.
/// </summary>
/// <remarks>
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
    private readonly Lazy<Task<ScriptState<object>>> _baseState;
    private readonly CompletionWorkspace _completion;
    private readonly ScriptOptions _baseOptions;
    private readonly ScriptOptions _cellOptions;
    private ScriptState<object>? _state;
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
        var formatters = FormatterRegistry.CreateDefault(new FormatContext(options.MaxDisplayRows, options.MaxDisplayColumns));
        _cells = new SessionCells(new DisplayService(formatters));
        _references = [.. ScriptReferences.Default];
        _baseOptions = ScriptOptions
            .Default.WithReferences(_references)
            .WithImports(ScriptReferences.DefaultImports)
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithEmitDebugInformation(true)
            .WithFileEncoding(Encoding.UTF8)
            .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(BaseDirectory));

        // Later submissions inherit the references and imports of the chain; repeating them would rebind them per cell.
        _cellOptions = _baseOptions.WithReferences(Array.Empty<MetadataReference>()).WithImports(Array.Empty<string>());
        _baseState = new Lazy<Task<ScriptState<object>>>(() =>
            Task.Run(() => CSharpScript.RunAsync(string.Empty, _baseOptions, _globals, typeof(CellGlobals)))
        );
        _completion = new CompletionWorkspace();
    }

    /// <inheritdoc/>
    public int ExecutionCount => Volatile.Read(ref _executionCount);

    private string BaseDirectory => _options.WorkingDirectory ?? Directory.GetCurrentDirectory();

    /// <inheritdoc/>
    /// <remarks>Builds the base script state, compiles and runs a throwaway cell, and answers one completion request.</remarks>
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
        var state = await _baseState.Value.ConfigureAwait(false);
        var probe = state.Script.ContinueWith("var warmUp = new List<int> { 1, 2 }.Sum(); warmUp", _cellOptions);
        await probe.RunFromAsync(state).ConfigureAwait(false);
        await _completion.CompleteAsync(Snapshot(), "Console.", 8, CancellationToken.None).ConfigureAwait(false);
    }

    private CompletionSnapshot Snapshot() => new(_history, _references);
}
