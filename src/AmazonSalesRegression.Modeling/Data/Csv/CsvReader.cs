using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Data.Csv;

/// <summary>
/// Reads CSV files into a <see cref="ColumnTable"/> according to a <see cref="CsvSchema"/>, checking every value.
/// </summary>
/// <remarks>
/// <para>Values: numbers, flags and dates tolerate spaces around them; text is kept exactly as written.
/// Empty values are errors unless the column allows them.</para>
/// <para>Lines: an empty line at the end of the file (any number of them) is ignored; an empty line followed by more
/// rows is an error, because it usually means a truncated or concatenated file.</para>
/// <para>Errors are <see cref="DataFormatException"/>s naming the file, line, column number and name, what was
/// expected and what was found. By default the first one is thrown; see <see cref="BadRowPolicy.Skip"/>.</para>
/// <para>Speed: the text is read in blocks that are split at record boundaries and converted on all cores.</para>
/// </remarks>
public static partial class CsvReader
{
    /// <summary>Reads the UTF-8 file at <paramref name="path"/>; the path names it in errors.</summary>
    /// <param name="path">File to read.</param>
    /// <param name="schema">Expected columns.</param>
    /// <param name="options">Reading options; <see cref="CsvReadOptions.Default"/> if omitted.</param>
    /// <exception cref="DataFormatException">The file does not match the schema.</exception>
    public static ColumnTable Read(string path, CsvSchema schema, CsvReadOptions? options = null)
    {
        using var reader = CsvFiles.OpenText(path);
        return Read(reader, path, schema, options ?? CsvReadOptions.Default, CsvParallelism.Default, reader.BaseStream.Length);
    }

    /// <summary>Reads a UTF-8 stream (left open).</summary>
    /// <param name="stream">Input.</param>
    /// <param name="source">Name of the input in error messages.</param>
    /// <param name="schema">Expected columns.</param>
    /// <param name="options">Reading options; <see cref="CsvReadOptions.Default"/> if omitted.</param>
    /// <exception cref="DataFormatException">The input does not match the schema.</exception>
    public static ColumnTable Read(Stream stream, string source, CsvSchema schema, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, leaveOpen: true);
        var expectedChars = stream.CanSeek ? stream.Length - stream.Position : (long?)null;
        return Read(reader, source, schema, options ?? CsvReadOptions.Default, CsvParallelism.Default, expectedChars);
    }

    /// <summary>Reads text from <paramref name="reader"/> (left open).</summary>
    /// <param name="reader">Input.</param>
    /// <param name="source">Name of the input in error messages.</param>
    /// <param name="schema">Expected columns.</param>
    /// <param name="options">Reading options; <see cref="CsvReadOptions.Default"/> if omitted.</param>
    /// <exception cref="DataFormatException">The input does not match the schema.</exception>
    public static ColumnTable Read(TextReader reader, string source, CsvSchema schema, CsvReadOptions? options = null) =>
        Read(reader, source, schema, options ?? CsvReadOptions.Default, CsvParallelism.Default);

    /// <summary>
    /// Reads with the given division of work (tests use tiny blocks to exercise block boundaries).
    /// <paramref name="expectedChars"/>, the input length if known, lets the result columns be sized once.
    /// </summary>
    internal static ColumnTable Read(
        TextReader reader,
        string source,
        CsvSchema schema,
        CsvReadOptions options,
        CsvParallelism parallelism,
        long? expectedChars = null
    )
    {
        ArgumentNullException.ThrowIfNull(schema);
        return ReadCore(reader, source, schema, options, parallelism, expectedChars).Table;
    }

    // Reads with `schema`, or, when it is null, infers one: every column is read as numbers and a value that is
    // not a finite number marks its column as text instead of failing (the returned table is then only valid if
    // the inferred schema is all numbers).
    private static (ColumnTable Table, CsvSchema Schema) ReadCore(
        TextReader reader,
        string source,
        CsvSchema? schema,
        CsvReadOptions options,
        CsvParallelism parallelism,
        long? expectedChars
    )
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        using var blocks = new CsvBlockReader(reader, parallelism.BlockChars, leaveOpen: true);
        if (!blocks.TryRead(out var block))
        {
            throw CsvErrors.EmptyFile(source);
        }

        var header = CsvHeader.Read(block, source, out var rows);
        var inferring = schema is null;
        var readSchema =
            schema
            ?? new CsvSchema(
                header.Names.Select(name => new CsvColumn(name, CsvColumnType.Double)
                {
                    AllowEmpty = options.MissingNumbers,
                    AllowNonFinite = options.MissingNumbers,
                })
            );
        var fieldOfColumn = header.Bind(readSchema);
        var workers = Enumerable
            .Range(0, parallelism.Workers)
            .Select(_ => new CsvBlockParser(readSchema, header, fieldOfColumn, options.BadRows, inferring))
            .ToArray();
        var table = new TableAccumulator(readSchema, header, fieldOfColumn, options, inferring);
        var firstBlock = true;
        for (CsvBlock? current = rows; current is { } next; )
        {
            // Read the following block (into the reader's other buffer) while this one is parsed.
            var reading = Task.Run(() => blocks.TryRead(out var following) ? following : (CsvBlock?)null);
            try
            {
                ParseBlock(next, workers, table, parallelism.MinimumCharsToSplit);
            }
            finally
            {
                // Even when parsing failed, let the read finish before the caller may dispose the reader; the
                // wait does not throw, so a read error cannot hide the parse error.
                ((IAsyncResult)reading).AsyncWaitHandle.WaitOne();
            }

            if (firstBlock && expectedChars is { } total && next.End > 0)
            {
                table.Reserve((int)Math.Min(int.MaxValue, (table.RowCount * (total * 1.05 / next.End)) + 16));
            }

            firstBlock = false;
            current = reading.GetAwaiter().GetResult();
        }

        return (table.Build(), inferring ? table.InferredSchema() : readSchema);
    }

    private static void ParseBlock(CsvBlock block, CsvBlockParser[] workers, TableAccumulator table, int minimumCharsToSplit)
    {
        if (workers.Length == 1 || block.Length < minimumCharsToSplit)
        {
            workers[0].Parse(block);
            table.Append(workers[0]);
            return;
        }

        var parts = block.Split(workers.Length);
        Parallel.For(0, parts.Count, new ParallelOptions { MaxDegreeOfParallelism = parts.Count }, i => workers[i].Parse(parts[i]));
        for (var i = 0; i < parts.Count; i++)
        {
            table.Append(workers[i]);
        }
    }
}
