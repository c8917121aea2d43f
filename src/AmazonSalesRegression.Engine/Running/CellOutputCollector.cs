using System.Text.Json.Nodes;
using AmazonSalesRegression.Engine.Notebooks;

namespace AmazonSalesRegression.Engine.Running;

/// <summary>
/// Collects one cell's outputs for the headless runner: consecutive writes to the same stream merge into one stream
/// output (as Jupyter front ends do), displays become <c>display_data</c>, updates replace earlier displays in place,
/// and absolute repository paths in text become relative. The runner cannot ask for input.
/// </summary>
internal sealed class CellOutputCollector(DisplayRegistry displays, PathRelativizer paths) : ICellOutput
{
    private readonly List<NotebookOutput> _outputs = [];
    private readonly Lock _gate = new();

    /// <summary>A snapshot of the outputs so far (stream text is relativized here, after merging, so no path is split).</summary>
    public IReadOnlyList<NotebookOutput> Outputs
    {
        get
        {
            lock (_gate)
            {
                return _outputs
                    .Select(o => o is NotebookStreamOutput stream ? stream with { Text = paths.Apply(stream.Text) } : o)
                    .ToArray();
            }
        }
    }

    public void WriteStandardOutput(string text) => AppendStream(NotebookStreamOutput.StandardOutput, text);

    public void WriteStandardError(string text) => AppendStream(NotebookStreamOutput.StandardError, text);

    public void Display(DisplayData data, string? displayId, bool update)
    {
        var output = new DisplayDataOutput(Relativize(data.Data), data.Metadata.DeepClone().AsObject());
        if (update)
        {
            if (displayId is not null)
            {
                displays.Update(displayId, output);
            }

            return;
        }

        int index;
        lock (_gate)
        {
            index = _outputs.Count;
            _outputs.Add(output);
        }

        if (displayId is not null)
        {
            displays.Register(displayId, this, index);
        }
    }

    public Task<string> ReadInputAsync(string prompt, bool password, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The headless notebook runner cannot read input; give the value in the cell instead.");

    /// <summary>Adds the cell's result or error after it finished.</summary>
    public void AddResult(int executionCount, DisplayData data)
    {
        lock (_gate)
        {
            _outputs.Add(new ExecuteResultOutput(executionCount, Relativize(data.Data), data.Metadata.DeepClone().AsObject()));
        }
    }

    /// <summary>Adds the cell's error after it finished.</summary>
    public void AddError(CellError error)
    {
        lock (_gate)
        {
            _outputs.Add(new ErrorOutput(error.Name, paths.Apply(error.Value), error.Traceback.Select(paths.Apply).ToArray()));
        }
    }

    /// <summary>Replaces output <paramref name="index"/> (a display update).</summary>
    public void Replace(int index, DisplayDataOutput output)
    {
        lock (_gate)
        {
            _outputs[index] = output;
        }
    }

    private void AppendStream(string name, string text)
    {
        lock (_gate)
        {
            if (_outputs.Count > 0 && _outputs[^1] is NotebookStreamOutput last && last.Name == name)
            {
                _outputs[^1] = last with { Text = last.Text + text };
            }
            else
            {
                _outputs.Add(new NotebookStreamOutput(name, text));
            }
        }
    }

    private Dictionary<string, JsonNode> Relativize(IReadOnlyDictionary<string, JsonNode> data) =>
        data.ToDictionary(
            pair => pair.Key,
            pair =>
                pair.Value is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.String
                    ? JsonValue.Create(paths.Apply(value.GetValue<string>()))
                    : pair.Value.DeepClone(),
            StringComparer.Ordinal
        );
}
