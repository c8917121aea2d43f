using nietras.SeparatedValues;

namespace AmazonSalesRegression.Data.Csv;

internal sealed partial class CsvRecords
{
    // Checks and unquotes every field of a record that holds a quote, in field order, so the first problem
    // reported is the leftmost one.
    private void Unquote(SepReader.Row row, int line)
    {
        _scratchLength = 0;
        if (_fields.Length < row.ColCount)
        {
            Array.Resize(ref _fields, Math.Max(row.ColCount, _fields.Length * 2));
        }

        for (var i = 0; i < row.ColCount; i++)
        {
            var raw = row[i].Span;
            if (raw.IsEmpty || raw[0] != '"')
            {
                if (raw.Contains('"'))
                {
                    throw CsvErrors.StrayQuote(Source, line, i + 1);
                }

                _fields[i] = new FieldText(0, raw.Length, InScratch: false);
            }
            else
            {
                _fields[i] = UnquoteField(raw, line, i + 1);
            }

            line += raw.Count('\n');
        }
    }

    // A field that opens with a quote: the text up to the closing quote, with doubled quotes undoubled; the
    // closing quote must end the field.
    private FieldText UnquoteField(ReadOnlySpan<char> raw, int line, int column)
    {
        var scan = 1;
        var scratchStart = -1;
        int close;
        while (true)
        {
            var quote = raw[scan..].IndexOf('"');
            if (quote < 0)
            {
                throw CsvErrors.UnterminatedQuote(Source, line, column);
            }

            close = scan + quote;
            if (close + 1 >= raw.Length || raw[close + 1] != '"')
            {
                break;
            }

            // A doubled quote: keep the text so far plus one quote, and continue after the pair.
            AppendScratch(raw[scan..(close + 1)], ref scratchStart);
            scan = close + 2;
        }

        if (close != raw.Length - 1)
        {
            throw CsvErrors.AfterClosingQuote(Source, line + raw[..close].Count('\n'), column, raw[close + 1]);
        }

        if (scratchStart < 0)
        {
            return new FieldText(1, close - 1, InScratch: false);
        }

        AppendScratch(raw[scan..close], ref scratchStart);
        return new FieldText(scratchStart, _scratchLength - scratchStart, InScratch: true);
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
}
