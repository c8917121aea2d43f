using AmazonSalesRegression.Features.Tabular;
using Parquet;
using Parquet.Schema;

namespace AmazonSalesRegression.Data.Parquet;

/// <summary>
/// Reads the top-level columns of a Parquet file, every row group, with Parquet.Net. A file that is not Parquet, or
/// that Parquet.Net cannot decode, is one <see cref="DataFormatException"/> naming the file, never a library exception.
/// </summary>
internal static partial class ParquetFile
{
    // Dates as DateOnly (not DateTime at midnight), so that a date column is told from a timestamp.
    private static readonly ParquetOptions Options = new() { UseDateOnlyTypeForDates = true };

    /// <summary>
    /// Reads the columns of <paramref name="path"/> that <paramref name="wanted"/> accepts (all when null), in file order.
    /// A wanted column of a type the reader cannot hold is an error naming it.
    /// </summary>
    /// <param name="path">The file; it names the file in errors.</param>
    /// <param name="wanted">Which column names to read, or <see langword="null"/> for all.</param>
    /// <returns>The row count and the columns read; <c>Names</c> lists every top-level column of the file, in order.</returns>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="DataFormatException">The file is not Parquet, is damaged, or a wanted column has an unsupported type.</exception>
    public static (int RowCount, IReadOnlyList<string> Names, IReadOnlyList<ParquetColumn> Columns) Read(
        string path,
        Func<string, bool>? wanted
    )
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.RandomAccess);
        try
        {
            CheckMagic(stream, path);
            return Task.Run(() => ReadAsync(stream, path, wanted)).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not DataFormatException)
        {
            throw new DataFormatException(
                path,
                null,
                null,
                null,
                $"could not be read as a Parquet file ({e.Message}); expected an intact Parquet file."
            );
        }
        finally
        {
            stream.Dispose();
        }
    }

    private static void CheckMagic(FileStream stream, string path)
    {
        Span<byte> head = stackalloc byte[4];
        Span<byte> tail = stackalloc byte[4];
        var length = stream.Length;
        var read = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        if (length >= 12)
        {
            stream.Seek(-4, SeekOrigin.End);
            stream.ReadExactly(tail);
        }

        stream.Seek(0, SeekOrigin.Begin);
        if (length >= 12 && head.SequenceEqual(ParquetMagic.Bytes) && tail.SequenceEqual(ParquetMagic.Bytes))
        {
            return;
        }

        var problem =
            length == 0 ? "the file is empty; expected a Parquet file"
            : read == 4 && head.SequenceEqual(ParquetMagic.Bytes)
                ? "the Parquet file is truncated: expected the bytes 'PAR1' at its end as well as at its start"
            : $"not a Parquet file: expected the bytes 'PAR1' at its start and end{(LooksLikeText(head[..read]) ? " (it starts like text: is it a CSV file? Name CSV files .csv)" : string.Empty)}";
        throw new DataFormatException(path, null, null, null, problem);
    }

    private static bool LooksLikeText(ReadOnlySpan<byte> head)
    {
        foreach (var b in head)
        {
            if (b is < 0x20 and not (0x09 or 0x0A or 0x0D))
            {
                return false;
            }
        }

        return head.Length > 0;
    }

    private static async Task<(int, IReadOnlyList<string>, IReadOnlyList<ParquetColumn>)> ReadAsync(
        Stream stream,
        string path,
        Func<string, bool>? wanted
    )
    {
        await using var reader = await ParquetReader.CreateAsync(stream, Options, leaveStreamOpen: true).ConfigureAwait(false);
        var fields = reader.Schema.Fields;
        long rows = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            rows += group.RowCount;
        }

        if (rows > Array.MaxLength)
        {
            throw new DataFormatException(path, null, null, null, $"the file has {rows:N0} rows; expected at most {Array.MaxLength:N0}.");
        }

        var work = new List<int>();
        for (var i = 0; i < fields.Count; i++)
        {
            if (wanted?.Invoke(fields[i].Name) != false)
            {
                CheckSupported(fields[i], path, i + 1);
                work.Add(i);
            }
        }

        // Columns are decoded in parallel, each worker with its own reader (a reader reads one stream sequentially).
        var columns = new ParquetColumn[work.Count];
        var workers = Math.Min(Environment.ProcessorCount, work.Count);
        await Task.WhenAll(
                Enumerable
                    .Range(0, workers)
                    .Select(w => Task.Run(() => ReadShareAsync(w == 0 ? reader : null, path, work, w, workers, (int)rows, columns)))
            )
            .ConfigureAwait(false);
        return ((int)rows, [.. fields.Select(f => f.Name)], columns);
    }

    // Reads the columns work[worker], work[worker + workers], … into `columns`, with `shared` or a reader of its own.
    private static async Task ReadShareAsync(
        ParquetReader? shared,
        string path,
        List<int> work,
        int worker,
        int workers,
        int rows,
        ParquetColumn[] columns
    )
    {
        await using var stream = shared is null
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.RandomAccess)
            : null;
        await using var own = stream is null
            ? null
            : await ParquetReader.CreateAsync(stream, Options, leaveStreamOpen: true).ConfigureAwait(false);
        var reader = shared ?? own!;
        for (var k = worker; k < work.Count; k += workers)
        {
            var field = (DataField)reader.Schema.Fields[work[k]];
            columns[k] = await ReadColumnAsync(reader, field, path, work[k] + 1, rows).ConfigureAwait(false);
        }
    }

    // Nothing when the field is a plain column of values, otherwise an error saying why it is not one.
    private static void CheckSupported(Field field, string path, int position)
    {
        var problem = field switch
        {
            ListField or DataField { IsArray: true } => "a list column",
            StructField => "a struct (nested) column",
            MapField => "a map column",
            DataField { SchemaElement.LogicalType.TIMESTAMP: not null } => "a timestamp column",
            DataField { SchemaElement.LogicalType.TIME: not null } => "a time column",
            DataField data when KindOf(data.ClrType) is null => $"a {Describe(data.ClrType)} column",
            DataField => null,
            _ => $"a {field.SchemaType} column",
        };
        if (problem is not null)
        {
            throw new DataFormatException(
                path,
                null,
                position,
                field.Name,
                $"{problem}, which cannot be read; expected numbers (integer, float, double or decimal), booleans, dates or text (cast it in the writer, e.g. to DATE, DOUBLE or VARCHAR, or leave it out)."
            );
        }
    }
}
