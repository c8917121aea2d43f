namespace AmazonSalesRegression.Data.Csv;

/// <summary>
/// Where the next record of a block starts: its index in the block's buffer and its 1-based physical line.
/// </summary>
/// <remarks>
/// Lines are counted here rather than taken from Sep's <c>LineNumberFrom</c>, because the reader's lines end at a
/// line feed only: a lone carriage return (which Sep counts as a line ending) does not start a new physical line,
/// inside quotes or out, and error messages and <see cref="ColumnTable.LineNumbers"/> must match an editor's
/// line count of LF-separated files. The raw record text Sep hands out is the block's text, so each record
/// advances the position by its length and line terminator.
/// </remarks>
/// <param name="Buffer">The block's characters.</param>
/// <param name="Index">Index of the next record's first character.</param>
/// <param name="End">Index one past the block's last character.</param>
/// <param name="Line">Physical line of the next record.</param>
internal record struct CsvPosition(char[] Buffer, int Index, int End, int Line)
{
    /// <summary>The position at the start of <paramref name="block"/>.</summary>
    public static CsvPosition Of(CsvBlock block) => new(block.Buffer, block.Start, block.End, block.FirstLine);

    /// <summary>The part of the block after the position.</summary>
    public readonly CsvBlock Remaining => new(Buffer, Index, End, Line);

    /// <summary>
    /// Moves past a record of <paramref name="length"/> characters holding <paramref name="lineFeeds"/> line feeds
    /// (inside quotes) and past the line ending after it: CRLF or LF start a new line, a lone CR does not.
    /// </summary>
    public void Advance(int length, int lineFeeds)
    {
        var end = Index + length;
        Line += lineFeeds;
        if (end >= End)
        {
            Index = End;
            return;
        }

        switch (Buffer[end])
        {
            case '\n':
                Index = end + 1;
                Line++;
                break;
            case '\r' when end + 1 < End && Buffer[end + 1] == '\n':
                Index = end + 2;
                Line++;
                break;
            default:
                Index = end + 1;
                break;
        }
    }
}
