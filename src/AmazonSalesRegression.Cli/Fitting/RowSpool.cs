using System.Diagnostics;
using System.Runtime.InteropServices;

namespace AmazonSalesRegression.Cli.Fitting;

/// <summary>
/// The complete rows of one part of a streaming fit, as pass 1 parsed them, kept in a temporary binary file for pass 2:
/// reading doubles back costs a copy, where reading the CSV again costs splitting and parsing every field (about a
/// third of the fit's time). The file lives in the page cache, not in the process's memory, and is deleted on close.
/// </summary>
/// <remarks>
/// A row is its values, then its label's index in <see cref="_labels"/> (stored as a double) when the fit has labels.
/// Writing may fail (no temporary directory, a full disk): the spool is then <see cref="Failed"/>, and pass 2 parses the
/// CSV again, which gives the same rows.
/// </remarks>
internal sealed class RowSpool : IDisposable
{
    private const int BufferDoubles = 1 << 17;

    private readonly int _width;
    private readonly bool _labelled;
    private readonly double[] _buffer = new double[BufferDoubles];
    private readonly List<string> _labels = [];
    private readonly Dictionary<string, int> _labelIndex = new(StringComparer.Ordinal);
    private FileStream? _file;
    private int _count;
    private int _next;

    /// <summary>Creates an empty spool for rows of <paramref name="values"/> numbers, with a label each if <paramref name="labelled"/>.</summary>
    /// <param name="values">The numbers of a row.</param>
    /// <param name="labelled">Whether a row has a label.</param>
    /// <param name="directory">Where the temporary file goes.</param>
    public RowSpool(int values, bool labelled, string directory)
    {
        _labelled = labelled;
        _width = values + (labelled ? 1 : 0);
        try
        {
            _file = new FileStream(
                Path.Combine(directory, $"asr-stream-{Guid.NewGuid():N}.rows"),
                FileMode.CreateNew,
                FileAccess.ReadWrite,
                FileShare.None,
                1,
                FileOptions.DeleteOnClose | FileOptions.SequentialScan
            );
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Fail(e);
        }
    }

    /// <summary>Whether the spool could not be written, so pass 2 must read the CSV.</summary>
    public bool Failed => _file is null;

    /// <summary>The label of the row last read by <see cref="TryRead"/>.</summary>
    public string? Label { get; private set; }

    /// <summary>Appends a row (a no-op once the spool has failed).</summary>
    public void Add(ReadOnlySpan<double> values, string? label)
    {
        if (_file is null)
        {
            return;
        }

        if (_count + _width > _buffer.Length)
        {
            Flush();
        }

        values.CopyTo(_buffer.AsSpan(_count));
        if (_labelled)
        {
            _buffer[_count + values.Length] = IndexOf(label!);
        }

        _count += _width;
    }

    /// <summary>Ends writing: the rows are read from the first by <see cref="TryRead"/>.</summary>
    public void Rewind()
    {
        Flush();
        _file?.Position = 0;

        _count = 0;
        _next = 0;
    }

    /// <summary>Reads the next row's values (and its <see cref="Label"/>); false after the last row.</summary>
    /// <exception cref="IOException">The spool cannot be read back.</exception>
    public bool TryRead(out ReadOnlySpan<double> values)
    {
        if (_next == _count)
        {
            _count = Fill();
            _next = 0;
            if (_count == 0)
            {
                values = default;
                return false;
            }
        }

        values = _buffer.AsSpan(_next, _width - (_labelled ? 1 : 0));
        Label = _labelled ? _labels[(int)_buffer[_next + _width - 1]] : null;
        _next += _width;
        return true;
    }

    /// <inheritdoc/>
    public void Dispose() => _file?.Dispose();

    private int IndexOf(string label)
    {
        if (!_labelIndex.TryGetValue(label, out var index))
        {
            index = _labels.Count;
            _labels.Add(label);
            _labelIndex.Add(label, index);
        }

        return index;
    }

    private void Flush()
    {
        try
        {
            _file?.Write(MemoryMarshal.AsBytes(_buffer.AsSpan(0, _count)));
        }
        catch (IOException e)
        {
            Fail(e);
        }

        _count = 0;
    }

    // Whole rows only: the file holds whole rows, and the buffer is a whole number of them at most.
    private int Fill()
    {
        var bytes = MemoryMarshal.AsBytes(_buffer.AsSpan(0, _buffer.Length / _width * _width));
        var read = 0;
        int chunk;
        while (read < bytes.Length && (chunk = _file!.Read(bytes[read..])) > 0)
        {
            read += chunk;
        }

        return read / sizeof(double);
    }

    // Falling back to reading the CSV again is correct and only slower, so the reason goes to the trace listeners, not the user.
    private void Fail(Exception e)
    {
        Trace.TraceInformation($"fit --stream: pass 2 re-reads the CSV, as its rows could not be spooled: {e.Message}");
        _file?.Dispose();
        _file = null;
    }
}
