namespace AmazonSalesRegression.Data.Csv;

/// <summary>
/// A run of whole CSV records held in memory: <c>Buffer[Start..End)</c>, whose first character is on physical
/// line <see cref="FirstLine"/>. Only the last block of an input may end inside a record (a final line without
/// newline, or an unterminated quote that the tokenizer reports).
/// </summary>
/// <param name="Buffer">Characters; the block does not own them and is valid until its reader moves on.</param>
/// <param name="Start">Index of the first character.</param>
/// <param name="End">Index one past the last character.</param>
/// <param name="FirstLine">1-based physical line of <paramref name="Start"/>.</param>
internal readonly record struct CsvBlock(char[] Buffer, int Start, int End, int FirstLine)
{
    /// <summary>The block's characters.</summary>
    public ReadOnlySpan<char> Text => Buffer.AsSpan(Start, End - Start);

    /// <summary>Number of characters.</summary>
    public int Length => End - Start;

    /// <summary>
    /// Index in <paramref name="text"/> just after the last line feed that ends a record, or -1 if there is none.
    /// <paramref name="text"/> must start at a record boundary. A line feed ends a record exactly when an even
    /// number of quote characters precede it, because every quoted field (doubled quotes included) contributes
    /// an even count.
    /// </summary>
    public static int FindLastRecordEnd(ReadOnlySpan<char> text)
    {
        var lineFeed = text.LastIndexOf('\n');
        if (lineFeed < 0)
        {
            return -1;
        }

        var quotes = text[..lineFeed].Count('"');
        while ((quotes & 1) != 0)
        {
            var previous = text[..lineFeed].LastIndexOf('\n');
            if (previous < 0)
            {
                return -1;
            }

            quotes -= text[previous..lineFeed].Count('"');
            lineFeed = previous;
        }

        return lineFeed + 1;
    }

    /// <summary>
    /// Splits the block at record boundaries into at most <paramref name="parts"/> blocks of similar size, in order,
    /// with their first lines set.
    /// </summary>
    public IReadOnlyList<CsvBlock> Split(int parts)
    {
        var result = new List<CsvBlock>(parts);
        var start = Start;
        var line = FirstLine;
        for (var part = parts; part > 1 && start < End; part--)
        {
            var target = start + ((End - start) / part);
            var cut = FindLastRecordEnd(Buffer.AsSpan(start, target - start));
            if (cut <= 0)
            {
                continue;
            }

            result.Add(new CsvBlock(Buffer, start, start + cut, line));
            line += Buffer.AsSpan(start, cut).Count('\n');
            start += cut;
        }

        result.Add(this with { Start = start, FirstLine = line });
        return result;
    }
}
