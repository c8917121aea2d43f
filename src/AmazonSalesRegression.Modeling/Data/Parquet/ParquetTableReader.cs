using AmazonSalesRegression.Data.Csv;
using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Data.Parquet;

/// <summary>
/// Reads Parquet files (every row group) into the same <see cref="ColumnTable"/> the <see cref="CsvReader"/> builds
/// from the same data in CSV, with the same checks and options.
/// </summary>
/// <remarks>
/// <para>Types: a <see cref="CsvColumnType.Double"/> column reads double, float, decimal, integer (up to 2^53 in size)
/// and boolean (0/1) columns; <see cref="CsvColumnType.Int32"/> reads integer columns whose values fit in 32 bits;
/// <see cref="CsvColumnType.Boolean01"/> reads boolean columns and integers 0/1; <see cref="CsvColumnType.Date"/>
/// reads date columns and text as <c>yyyy-MM-dd</c>; text columns read string columns and dates (as
/// <c>yyyy-MM-dd</c>). Other Parquet types (timestamps, times, binary, lists, structs, maps) are errors naming the
/// column.</para>
/// <para>Nulls are the empty cells of CSV: accepted where the column allows empty values (<see cref="double.NaN"/> in
/// numbers, <c>""</c> in text), otherwise errors.</para>
/// <para>Rows: a Parquet file has no lines, so rows are numbered from 1 (the first row of data is row 1;
/// <see cref="ColumnTable.Numbering"/> is <see cref="RowNumbering.Rows"/>) and errors read
/// <c>file.parquet: row 3: column 'price': …</c>.</para>
/// </remarks>
public static class ParquetTableReader
{
    /// <summary>Reads the file at <paramref name="path"/> with <paramref name="schema"/>: its columns must be in the file, with types that hold the schema's.</summary>
    /// <param name="path">File to read; the path names it in errors.</param>
    /// <param name="schema">Expected columns (order in the file does not matter).</param>
    /// <param name="options">Reading options (<see cref="CsvReadOptions.BadRows"/>, <see cref="CsvReadOptions.RequireRows"/>); <see cref="CsvReadOptions.Default"/> if omitted.</param>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="DataFormatException">The file is not Parquet or does not match the schema; the message names the column and row.</exception>
    public static ColumnTable Read(string path, CsvSchema schema, CsvReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var (rows, names, columns) = ParquetFile.Read(path, name => schema.IndexOf(name) >= 0);
        return Build(path, schema, rows, names, columns, options ?? CsvReadOptions.Default);
    }

    /// <summary>
    /// Reads the file at <paramref name="path"/> as <see cref="CsvReader.ReadInferred(string, CsvReadOptions?)"/> reads a
    /// CSV file: number and boolean columns become <see cref="CsvColumnType.Double"/> (flags 0/1), string and date columns
    /// <see cref="CsvColumnType.String"/> (dates as <c>yyyy-MM-dd</c>, nulls as <c>""</c>). A null in a number column is
    /// a missing value (<see cref="double.NaN"/>) under <see cref="CsvReadOptions.MissingNumbers"/>, otherwise an error.
    /// </summary>
    /// <param name="path">File to read; the path names it in errors.</param>
    /// <param name="options">Reading options; <see cref="CsvReadOptions.Default"/> if omitted.</param>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="DataFormatException">The file is not Parquet, a column has an unsupported type, or (without missing numbers) a number is null.</exception>
    public static ColumnTable ReadInferred(string path, CsvReadOptions? options = null)
    {
        options ??= CsvReadOptions.Default;
        var (rows, names, columns) = ParquetFile.Read(path, wanted: null);
        if (columns.Count == 0)
        {
            throw new DataFormatException(path, null, null, null, "the file has no columns; expected at least one.");
        }

        if (columns.GroupBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            throw new DataFormatException(path, null, null, repeated.Key, "the name appears twice; expected unique column names.");
        }

        var schema = new CsvSchema(columns.Select(c => Inferred(c, options)));
        return Build(path, schema, rows, names, columns, options);
    }

    private static CsvColumn Inferred(ParquetColumn column, CsvReadOptions options) =>
        column.Kind is ParquetValueKind.Text or ParquetValueKind.Date
            ? new CsvColumn(column.Name, CsvColumnType.String)
            {
                AllowEmpty = true,
                Description = $"text: a Parquet {column.TypeName} column",
            }
            : new CsvColumn(column.Name, CsvColumnType.Double)
            {
                AllowEmpty = options.MissingNumbers,
                AllowNonFinite = options.MissingNumbers,
                Description = $"numbers: a Parquet {column.TypeName} column",
            };

    private static ColumnTable Build(
        string path,
        CsvSchema schema,
        int rows,
        IReadOnlyList<string> names,
        IReadOnlyList<ParquetColumn> columns,
        CsvReadOptions options
    )
    {
        var expected = string.Join(", ", schema.Columns.Select(c => c.Name));
        for (var i = 0; schema.Strict && i < names.Count; i++)
        {
            if (schema.IndexOf(names[i]) < 0)
            {
                throw new DataFormatException(path, null, i + 1, names[i], $"unexpected column; expected only the columns {expected}.");
            }
        }

        var problems = new RowProblems(path, rows);
        var table = new TableColumn[schema.Columns.Count];
        for (var j = 0; j < table.Length; j++)
        {
            var target = schema.Columns[j];
            var source =
                columns.FirstOrDefault(c => c.Name == target.Name)
                ?? throw new DataFormatException(
                    path,
                    null,
                    null,
                    target.Name,
                    $"required column is missing; expected the columns {expected}; the file has {string.Join(", ", names)}."
                );
            table[j] = ParquetCells.Convert(source, target, path, problems);
        }

        CheckRules(schema, table, problems);
        var bad = problems.InRowOrder();
        if (bad.Count > 0 && options.BadRows == BadRowPolicy.Throw)
        {
            throw bad[0];
        }

        var kept = Enumerable.Range(0, rows).Where(row => !problems.Has(row)).ToArray();
        if (options.RequireRows && kept.Length == 0)
        {
            var problem =
                bad.Count == 0
                    ? "expected at least one row, found none"
                    : $"expected at least one valid row, but all {bad.Count} rows were skipped as bad";
            throw new DataFormatException(path, null, null, null, problem);
        }

        var result = bad.Count == 0 ? table : [.. table.Select(c => TableColumns.Take(c, kept))];
        return new ColumnTable(path, result, [.. kept.Select(row => row + 1)], bad, RowNumbering.Rows);
    }

    private static void CheckRules(CsvSchema schema, TableColumn[] table, RowProblems problems)
    {
        if (schema.Rules.Count == 0)
        {
            return;
        }

        for (var row = 0; row < table[0].Count; row++)
        {
            if (problems.Has(row))
            {
                continue;
            }

            foreach (var rule in schema.Rules)
            {
                if (rule.Check(new CsvRowValues(schema, table, row)) is { } problem)
                {
                    problems.Add(row, table[schema.IndexOf(rule.Column)].SourceColumn, rule.Column, problem);
                    break;
                }
            }
        }
    }
}
