namespace AmazonSalesRegression.Data.Csv;

/// <summary>
/// Reads a text in blocks of whole records (see <see cref="CsvBlock"/>), removing a leading byte order mark.
/// Two buffers alternate, so a block stays valid until the second call to <see cref="TryRead"/> after it: the
/// next block can be read while the current one is parsed.
/// </summary>
internal sealed class CsvBlockReader : IDisposable
{
    private readonly TextReader _reader;
    private readonly bool _leaveOpen;
    private char[] _buffer;
    private char[] _spare;
    private int _start;
    private int _length;
    private int _nextLine = 1;
    private bool _atStart = true;
    private bool _endOfInput;

    /// <summary>Creates a reader that aims at blocks of about <paramref name="blockChars"/> characters.</summary>
    public CsvBlockReader(TextReader reader, int blockChars, bool leaveOpen)
    {
        _reader = reader;
        _leaveOpen = leaveOpen;
        _buffer = new char[Math.Max(blockChars, 16)];
        _spare = new char[_buffer.Length];
    }

    /// <summary>Reads the next block; <see langword="false"/> when the input is exhausted.</summary>
    public bool TryRead(out CsvBlock block)
    {
        Compact();
        while (true)
        {
            Fill();
            if (_endOfInput)
            {
                block = new CsvBlock(_buffer, 0, _length, _nextLine);
                _start = _length;
                return _length > 0;
            }

            var end = CsvBlock.FindLastRecordEnd(_buffer.AsSpan(0, _length));
            if (end > 0)
            {
                block = new CsvBlock(_buffer, 0, end, _nextLine);
                _nextLine += _buffer.AsSpan(0, end).Count('\n');
                _start = end;
                return true;
            }

            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_leaveOpen)
        {
            _reader.Dispose();
        }
    }

    // Moves the unread rest of the current buffer to the start of the other one, which becomes current.
    private void Compact()
    {
        var rest = _length - _start;
        if (_spare.Length < _buffer.Length)
        {
            _spare = new char[_buffer.Length];
        }

        Array.Copy(_buffer, _start, _spare, 0, rest);
        (_buffer, _spare) = (_spare, _buffer);
        _length = rest;
        _start = 0;
    }

    private void Fill()
    {
        while (!_endOfInput && _length < _buffer.Length)
        {
            var read = _reader.Read(_buffer, _length, _buffer.Length - _length);
            if (read == 0)
            {
                _endOfInput = true;
            }
            else if (_atStart)
            {
                _atStart = false;
                var bom = _buffer[0] == '\uFEFF' ? 1 : 0;
                Array.Copy(_buffer, bom, _buffer, 0, read - bom);
                _length += read - bom;
            }
            else
            {
                _length += read;
            }
        }
    }
}
