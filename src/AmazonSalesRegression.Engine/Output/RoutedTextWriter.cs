using System.Text;

namespace AmazonSalesRegression.Engine.Output;

/// <summary>
/// A console writer that forwards to the current cell's output, or to the host's writer outside cells. Console writes
/// made by an <see cref="ICellOutput"/> implementation while it handles a forwarded write (a kernel's own logging)
/// go to the host, so they cannot loop back into the cell.
/// </summary>
internal sealed class RoutedTextWriter(TextWriter host, bool isError) : TextWriter
{
    [ThreadStatic]
    private static bool t_forwarding;

    public override Encoding Encoding => host.Encoding;

    public override IFormatProvider FormatProvider => host.FormatProvider;

    public override void Write(char value) => Forward(value.ToString());

    public override void Write(string? value) => Forward(value);

    public override void Write(char[] buffer, int index, int count) => Forward(new string(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer) => Forward(new string(buffer));

    public override void WriteLine() => Forward(NewLine);

    public override void WriteLine(string? value) => Forward(value + NewLine);

    public override void WriteLine(ReadOnlySpan<char> buffer) => Forward(string.Concat(buffer, NewLine));

    public override void Flush()
    {
        if (CellContext.Current is null)
        {
            host.Flush();
        }
    }

    private void Forward(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        var cell = CellContext.Current;
        if (cell is null || t_forwarding)
        {
            host.Write(text);
            return;
        }

        var target = cell.Target;
        t_forwarding = true;
        try
        {
            if (isError)
            {
                target?.WriteStandardError(text);
            }
            else
            {
                target?.WriteStandardOutput(text);
            }
        }
        finally
        {
            t_forwarding = false;
        }
    }
}
