using System.Buffers;
using System.Runtime.CompilerServices;

namespace AmazonSalesRegression.Data.Csv;

public sealed partial class CsvTokenizer
{
    private static readonly SearchValues<char> UnquotedStops = SearchValues.Create(",\n\"");

    // Reads one record starting at _position (which is < _end). A record without quotes (the common case) is
    // split at commas directly; otherwise fields are scanned one by one. Unquoted fields reference the block;
    // quoted fields reference it too unless they contain doubled quotes, which are undoubled into _scratch.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ScanRecord()
    {
        RecordLine = _line;
        FieldCount = 0;
        _scratchLength = 0;
        var rest = _buffer.AsSpan(_position, _end - _position);
        var stop = rest.IndexOfAny('\n', '"');
        if (stop < 0 || rest[stop] == '\n')
        {
            ScanPlainRecord(stop < 0 ? rest.Length : stop, endsWithLineFeed: stop >= 0);
            return;
        }

        var atEnd = false;
        while (!atEnd)
        {
            atEnd = _position < _end && _buffer[_position] == '"' ? ScanQuotedField() : ScanUnquotedField();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ScanPlainRecord(int length, bool endsWithLineFeed)
    {
        var start = _position;
        var text = _buffer.AsSpan(start, length > 0 && _buffer[start + length - 1] == '\r' ? length - 1 : length);
        var offset = 0;
        int comma;
        while ((comma = text[offset..].IndexOf(',')) >= 0)
        {
            AddField(new CsvFieldSlot(start + offset, comma, _line, Quoted: false, InScratch: false));
            offset += comma + 1;
        }

        AddField(new CsvFieldSlot(start + offset, text.Length - offset, _line, Quoted: false, InScratch: false));
        _position = start + length + (endsWithLineFeed ? 1 : 0);
        _line += endsWithLineFeed ? 1 : 0;
    }

    // Returns whether the record ended.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ScanUnquotedField()
    {
        var start = _position;
        var rest = _buffer.AsSpan(start, _end - start);
        var stop = rest.IndexOfAny(UnquotedStops);
        if (stop < 0)
        {
            var length = rest.Length > 0 && rest[^1] == '\r' ? rest.Length - 1 : rest.Length;
            AddField(new CsvFieldSlot(start, length, _line, Quoted: false, InScratch: false));
            _position = _end;
            return true;
        }

        switch (rest[stop])
        {
            case ',':
                AddField(new CsvFieldSlot(start, stop, _line, Quoted: false, InScratch: false));
                _position = start + stop + 1;
                return false;
            case '\n':
                var length = stop > 0 && rest[stop - 1] == '\r' ? stop - 1 : stop;
                AddField(new CsvFieldSlot(start, length, _line, Quoted: false, InScratch: false));
                _position = start + stop + 1;
                _line++;
                return true;
            default:
                throw CsvErrors.StrayQuote(Source, _line, FieldCount + 1);
        }
    }

    // Returns whether the record ended.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ScanQuotedField()
    {
        var openLine = _line;
        var contentStart = _position + 1;
        var scan = contentStart;
        var scratchStart = -1;
        int close;
        while (true)
        {
            var quote = _buffer.AsSpan(scan, _end - scan).IndexOf('"');
            if (quote < 0)
            {
                throw CsvErrors.UnterminatedQuote(Source, openLine, FieldCount + 1);
            }

            close = scan + quote;
            _line += _buffer.AsSpan(scan, quote).Count('\n');
            if (close + 1 >= _end || _buffer[close + 1] != '"')
            {
                break;
            }

            // A doubled quote: keep the text so far plus one quote, and continue after the pair.
            AppendScratch(_buffer.AsSpan(scan, close + 1 - scan), ref scratchStart);
            scan = close + 2;
        }

        if (scratchStart < 0)
        {
            AddField(new CsvFieldSlot(contentStart, close - contentStart, openLine, Quoted: true, InScratch: false));
        }
        else
        {
            AppendScratch(_buffer.AsSpan(scan, close - scan), ref scratchStart);
            AddField(new CsvFieldSlot(scratchStart, _scratchLength - scratchStart, openLine, Quoted: true, InScratch: true));
        }

        return AfterClosingQuote(close + 1);
    }

    // Consumes the separator after a closing quote at index `next`; returns whether the record ended.
    private bool AfterClosingQuote(int next)
    {
        if (next >= _end || (_buffer[next] == '\r' && next + 1 == _end))
        {
            _position = _end;
            return true;
        }

        switch (_buffer[next])
        {
            case ',':
                _position = next + 1;
                return false;
            case '\n':
                _position = next + 1;
                _line++;
                return true;
            case '\r' when _buffer[next + 1] == '\n':
                _position = next + 2;
                _line++;
                return true;
            default:
                throw CsvErrors.AfterClosingQuote(Source, _line, FieldCount, _buffer[next]);
        }
    }

    private void AppendScratch(ReadOnlySpan<char> text, ref int scratchStart)
    {
        if (scratchStart < 0)
        {
            scratchStart = _scratchLength;
        }

        if (_scratchLength + text.Length > _scratch.Length)
        {
            Array.Resize(ref _scratch, Math.Max(_scratch.Length * 2, _scratchLength + text.Length));
        }

        text.CopyTo(_scratch.AsSpan(_scratchLength));
        _scratchLength += text.Length;
    }

    private void AddField(CsvFieldSlot slot)
    {
        if (FieldCount == _fields.Length)
        {
            Array.Resize(ref _fields, _fields.Length * 2);
        }

        _fields[FieldCount++] = slot;
    }
}
