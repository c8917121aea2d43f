namespace AmazonSalesRegression.Data.Parquet;

/// <summary>
/// The bytes <c>PAR1</c> that open and close every Parquet file. Kept apart from <see cref="ParquetFile"/> so that
/// telling a CSV from a Parquet file never loads Parquet.Net (a notebook host that reads only CSV need not have it).
/// </summary>
internal static class ParquetMagic
{
    /// <summary>The magic bytes.</summary>
    public static ReadOnlySpan<byte> Bytes => "PAR1"u8;

    /// <summary>Whether the file at <paramref name="path"/> starts with the magic bytes.</summary>
    /// <param name="path">An existing file.</param>
    public static bool AtStartOf(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 16);
        Span<byte> head = stackalloc byte[4];
        return stream.ReadAtLeast(head, 4, throwOnEndOfStream: false) == 4 && head.SequenceEqual(Bytes);
    }
}
