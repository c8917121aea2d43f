using System.Text;
using AmazonSalesRegression.Engine.Diagnostics;

namespace AmazonSalesRegression.Engine.Prose;

/// <summary>
/// Evaluates the templates of one markdown cell in a notebook session, as one silent, uncounted submission: a lambda
/// invoked at once, so no variable is left behind and no code cell's execution count or outputs change. Each template
/// is <c>FormattableString.Invariant($"…")</c> in its own <c>try</c>, so a template that throws is reported alone; when
/// the batch does not compile, each template is compiled alone to name the ones that do not.
/// </summary>
internal static class BoundValueEvaluator
{
    private const char Separator = '\u001E';
    private const char Success = '\u0002';
    private const char Failure = '\u0015';

    /// <summary>Evaluates <paramref name="templates"/>, in order.</summary>
    public static async Task<IReadOnlyList<BoundValueOutcome>> EvaluateAsync(
        INotebookSession session,
        IReadOnlyList<string> templates,
        TimeSpan timeout,
        CancellationToken cancellationToken
    )
    {
        var batch = await SubmitAsync(session, templates, timeout, cancellationToken).ConfigureAwait(false);
        if (batch is not null || templates.Count == 1)
        {
            return batch ?? [await CompileErrorAsync(session, templates[0], timeout, cancellationToken).ConfigureAwait(false)];
        }

        var outcomes = new List<BoundValueOutcome>(templates.Count);
        foreach (var template in templates)
        {
            outcomes.Add(await CompileErrorAsync(session, template, timeout, cancellationToken).ConfigureAwait(false));
        }

        return outcomes;
    }

    private static async Task<BoundValueOutcome> CompileErrorAsync(
        INotebookSession session,
        string template,
        TimeSpan timeout,
        CancellationToken cancellationToken
    )
    {
        var output = new Capture();
        var result = await RunAsync(session, [template], output, timeout, cancellationToken).ConfigureAwait(false);
        return result.Error is { } error ? new BoundValueOutcome(null, $"does not compile: {error.Value}") : Read(output.Text, 1)[0];
    }

    private static async Task<IReadOnlyList<BoundValueOutcome>?> SubmitAsync(
        INotebookSession session,
        IReadOnlyList<string> templates,
        TimeSpan timeout,
        CancellationToken cancellationToken
    )
    {
        var output = new Capture();
        var result = await RunAsync(session, templates, output, timeout, cancellationToken).ConfigureAwait(false);
        return result.Error switch
        {
            null => Read(output.Text, templates.Count),
            { Name: CellErrors.CompilationError } => null,
            { } error => templates.Select(_ => new BoundValueOutcome(null, $"{error.Name}: {error.Value}")).ToArray(),
        };
    }

    private static async Task<CellExecutionResult> RunAsync(
        INotebookSession session,
        IReadOnlyList<string> templates,
        Capture output,
        TimeSpan timeout,
        CancellationToken cancellationToken
    )
    {
        using var timer = new CancellationTokenSource(timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timer.Token, cancellationToken);
        return await session.ExecuteAsync(Code(templates), output, countExecution: false, linked.Token).ConfigureAwait(false);
    }

    private static string Code(IReadOnlyList<string> templates)
    {
        var code = new StringBuilder("((global::System.Action)(() =>\n{\n");
        foreach (var template in templates)
        {
            code.Append("try { global::System.Console.Out.Write(\"\\u001E\\u0002\" + global::System.FormattableString.Invariant($\"")
                .Append(template)
                .Append(
                    "\")); } catch (global::System.Exception e) { global::System.Console.Out.Write(\"\\u001E\\u0015throws \" + e.GetType().Name + \": \" + e.Message); }\n"
                );
        }

        return code.Append("}))();\n").ToString();
    }

    private static BoundValueOutcome[] Read(string text, int count)
    {
        var parts = text.Split(Separator).Skip(1).ToArray();
        if (parts.Length != count)
        {
            return Enumerable
                .Repeat(new BoundValueOutcome(null, "the template's output could not be read back (does it write to the console?)"), count)
                .ToArray();
        }

        return parts
            .Select(part =>
                part.Length > 0 && part[0] == Success ? new BoundValueOutcome(part[1..], null)
                : part.Length > 0 && part[0] == Failure ? new BoundValueOutcome(null, part[1..])
                : new BoundValueOutcome(null, "the template's output could not be read back")
            )
            .ToArray();
    }

    private sealed class Capture : ICellOutput
    {
        private readonly StringBuilder _text = new();

        public string Text => _text.ToString();

        public void WriteStandardOutput(string text) => _text.Append(text);

        public void WriteStandardError(string text) { }

        public void Display(DisplayData data, string? displayId, bool update) { }

        public Task<string> ReadInputAsync(string prompt, bool password, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("A bound value cannot ask for input.");
    }
}
