namespace AmazonSalesRegression.Engine.Output;

/// <summary>
/// A console reader that asks the current cell's output for a line (Jupyter's stdin channel) and reads the host's
/// input outside cells. Only line-oriented reads are routed: <see cref="ReadLine"/>, <see cref="Read()"/> and <see cref="Peek"/>.
/// </summary>
internal sealed class RoutedTextReader(TextReader host) : TextReader
{
    private readonly AsyncLocal<string?> _pending = new();

    public override string? ReadLine()
    {
        var cell = CellContext.Current;
        if (cell is null)
        {
            return host.ReadLine();
        }

        if (_pending.Value is { } rest)
        {
            _pending.Value = null;
            return rest.TrimEnd('\n');
        }

        return Ask(cell);
    }

    public override int Read()
    {
        var cell = CellContext.Current;
        if (cell is null)
        {
            return host.Read();
        }

        var line = _pending.Value ?? Ask(cell) + "\n";
        _pending.Value = line.Length > 1 ? line[1..] : null;
        return line[0];
    }

    public override int Peek()
    {
        var cell = CellContext.Current;
        if (cell is null)
        {
            return host.Peek();
        }

        return _pending.Value is { Length: > 0 } line ? line[0] : -1;
    }

    private static string Ask(CellContext cell)
    {
        var target = cell.Target ?? throw new InvalidOperationException("This cell was interrupted; it can no longer read input.");
        return target.ReadInputAsync(string.Empty, password: false, cell.CancellationToken).GetAwaiter().GetResult();
    }
}
