using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Data.Csv;

/// <summary>
/// The validated header line of a CSV file and, for a schema, which field holds each schema column.
/// Header names are matched exactly; every field needs a distinct, non-empty name.
/// </summary>
internal sealed class CsvHeader
{
    private readonly string[] _names;

    private CsvHeader(string source, int line, string[] names)
    {
        Source = source;
        Line = line;
        _names = names;
    }

    /// <summary>Name of the input.</summary>
    public string Source { get; }

    /// <summary>Physical line of the header (1 unless it holds quoted line breaks).</summary>
    public int Line { get; }

    /// <summary>Header names in file order.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>
    /// Reads and validates the first record of <paramref name="block"/>, the input's first block, as the header;
    /// <paramref name="rest"/> is the rest of the block, starting with the first row.
    /// </summary>
    /// <exception cref="DataFormatException">The input is empty, or a name is empty or repeated.</exception>
    public static CsvHeader Read(CsvBlock block, string source, out CsvBlock rest)
    {
        using var sep = CsvRecords.Open(block);
        var position = CsvPosition.Of(block);
        foreach (var row in sep)
        {
            var header = Read(new CsvRecords(source).Take(row, ref position), source);
            rest = position.Remaining;
            return header;
        }

        throw CsvErrors.EmptyFile(source);
    }

    private static CsvHeader Read(CsvRecord record, string source)
    {
        if (record.IsBlankLine)
        {
            throw new DataFormatException(
                source,
                record.Line,
                null,
                null,
                "the first line is empty; expected a header line naming the columns"
            );
        }

        var names = record.ToStrings();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            if (names[i].Length == 0)
            {
                throw new DataFormatException(
                    source,
                    record.FieldLine(i),
                    i + 1,
                    null,
                    "empty column name; expected every header field to name its column"
                );
            }

            if (!seen.TryAdd(names[i], i))
            {
                throw new DataFormatException(
                    source,
                    record.FieldLine(i),
                    i + 1,
                    names[i],
                    $"duplicate column name; expected distinct names, but column {seen[names[i]] + 1} has the same name"
                );
            }
        }

        return new CsvHeader(source, record.Line, names);
    }

    /// <summary>For each schema column, the 0-based field that holds it.</summary>
    /// <exception cref="DataFormatException">A schema column is missing, or a strict schema meets an extra column.</exception>
    public int[] Bind(CsvSchema schema)
    {
        var expected = string.Join(", ", schema.Columns.Select(c => c.Name));
        var fields = new int[schema.Columns.Count];
        for (var j = 0; j < fields.Length; j++)
        {
            var name = schema.Columns[j].Name;
            fields[j] = Array.IndexOf(_names, name);
            if (fields[j] < 0)
            {
                throw new DataFormatException(
                    Source,
                    Line,
                    null,
                    name,
                    $"required column is missing from the header; expected the columns {expected}{NearMiss(name)}"
                );
            }
        }

        for (var i = 0; schema.Strict && i < Names.Count; i++)
        {
            if (schema.IndexOf(Names[i]) < 0)
            {
                throw new DataFormatException(Source, Line, i + 1, Names[i], $"unexpected column; expected only the columns {expected}");
            }
        }

        return fields;
    }

    private string NearMiss(string name)
    {
        var similar = Names.FirstOrDefault(n => n.Trim().Equals(name, StringComparison.OrdinalIgnoreCase));
        return similar is null ? "" : $" (the header has '{similar}', which differs only in case or spaces)";
    }
}
