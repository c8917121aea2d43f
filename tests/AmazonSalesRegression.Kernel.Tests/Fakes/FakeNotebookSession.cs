using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using AmazonSalesRegression.Engine;

namespace AmazonSalesRegression.Kernel.Tests.Fakes;

/// <summary>
/// A notebook session that "executes" one scripted command per line:
/// <c>print T</c>, <c>eprint T</c>, <c>result T</c>, <c>display ID T</c> (ID <c>-</c> for none), <c>update ID T</c>,
/// <c>fail T</c>, <c>block</c> (until cancelled), <c>hold</c> (until <see cref="Release"/>), <c>input PROMPT</c>, <c>crash</c> (engine fault),
/// <c>frontend</c> (records <see cref="ICellOutput.FrontEnd"/> in <see cref="FrontEnds"/>).
/// </summary>
internal sealed class FakeNotebookSession : INotebookSession
{
    private static readonly string[] s_symbols = ["Console", "Convert", "Math"];
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _executionCount;

    public int ExecutionCount => Volatile.Read(ref _executionCount);

    public TaskCompletionSource WarmUpStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsDisposed { get; private set; }

    public ConcurrentQueue<string?> FrontEnds { get; } = new();

    public void Release() => _released.TrySetResult();

    public Task WarmUpAsync(CancellationToken cancellationToken)
    {
        WarmUpStarted.TrySetResult();
        return Task.CompletedTask;
    }

    public async Task<CellExecutionResult> ExecuteAsync(
        string code,
        ICellOutput output,
        bool countExecution,
        CancellationToken cancellationToken
    )
    {
        var count = countExecution ? Interlocked.Increment(ref _executionCount) : Volatile.Read(ref _executionCount);
        DisplayData? result = null;
        foreach (var line in code.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var (command, argument) = Split(line);
            switch (command)
            {
                case "print":
                    output.WriteStandardOutput(argument + "\n");
                    break;
                case "eprint":
                    output.WriteStandardError(argument + "\n");
                    break;
                case "result":
                    result = Text(argument);
                    break;
                case "display" or "update":
                    var (id, text) = Split(argument);
                    output.Display(Text(text), id == "-" ? null : id, command == "update");
                    break;
                case "fail":
                    return Failed(count, "InvalidOperationException", argument);
                case "frontend":
                    FrontEnds.Enqueue(output.FrontEnd);
                    break;
                case "crash":
                    throw new InvalidOperationException("engine fault");
                case "block":
                    try
                    {
                        await Task.Delay(Timeout.Infinite, cancellationToken);
                    }
                    catch (OperationCanceledException)
                    {
                        return Failed(count, "OperationCanceledException", "The cell was interrupted.");
                    }

                    break;
                case "hold":
                    await _released.Task.WaitAsync(cancellationToken);
                    break;
                case "input":
                    try
                    {
                        var answer = await output.ReadInputAsync(argument, password: false, cancellationToken);
                        output.WriteStandardOutput($"got {answer}\n");
                    }
                    catch (InvalidOperationException ex)
                    {
                        return Failed(count, nameof(InvalidOperationException), ex.Message);
                    }

                    break;
                default:
                    return Failed(count, "CompilationError", $"(1,1): error CS0103: The name '{command}' does not exist");
            }
        }

        return new CellExecutionResult(count, result, null);
    }

    public Task<CompletionResult> CompleteAsync(string code, int cursorPosition, CancellationToken cancellationToken)
    {
        var start = cursorPosition;
        while (start > 0 && char.IsLetter(code[start - 1]))
        {
            start--;
        }

        var prefix = code[start..cursorPosition];
        var matches = s_symbols.Where(s => s.StartsWith(prefix, StringComparison.Ordinal)).ToArray();
        return Task.FromResult(new CompletionResult(matches, start, cursorPosition));
    }

    public Task<DisplayData?> InspectAsync(string code, int cursorPosition, int detailLevel, CancellationToken cancellationToken) =>
        Task.FromResult(code.Contains("Console", StringComparison.Ordinal) ? Text("class System.Console") : null);

    public IsCompleteResult IsComplete(string code) =>
        code.TrimEnd().EndsWith('{') ? new IsCompleteResult("incomplete", "    ") : new IsCompleteResult("complete", "");

    public ValueTask DisposeAsync()
    {
        IsDisposed = true;
        return ValueTask.CompletedTask;
    }

    private static DisplayData Text(string text) =>
        new(new Dictionary<string, JsonNode> { ["text/plain"] = JsonValue.Create(text) }, new JsonObject());

    private static CellExecutionResult Failed(int count, string name, string message) =>
        new(count, null, new CellError(name, message, [$"{name}: {message}", "   at Cell, line 1"]));

    private static (string Head, string Tail) Split(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? (text.Trim(), "") : (text[..space], text[(space + 1)..]);
    }
}
