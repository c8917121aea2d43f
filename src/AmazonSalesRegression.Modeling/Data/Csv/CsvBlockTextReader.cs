namespace AmazonSalesRegression.Data.Csv;

/// <summary>
/// Serves the characters of one <see cref="CsvBlock"/> as a <see cref="TextReader"/>, the input Sep reads from, so
/// that each part of a block can be tokenized by its own Sep reader without copying the block into a string.
/// </summary>
internal sealed class CsvBlockTextReader(CsvBlock block) : TextReader
{
    private int _position = block.Start;

    /// <inheritdoc />
    public override int Peek() => _position < block.End ? block.Buffer[_position] : -1;

    /// <inheritdoc />
    public override int Read() => _position < block.End ? block.Buffer[_position++] : -1;

    /// <inheritdoc />
    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    /// <inheritdoc />
    public override int Read(Span<char> buffer)
    {
        var count = Math.Min(buffer.Length, block.End - _position);
        block.Buffer.AsSpan(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    /// <inheritdoc />
    public override int ReadBlock(Span<char> buffer) => Read(buffer);

    /// <inheritdoc />
    public override int ReadBlock(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));
}
