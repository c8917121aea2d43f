using AmazonSalesRegression.Data.Csv;
using AmazonSalesRegression.Data.Parquet;
using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Modeling.Tests.Data.Parquet;

public sealed class ParquetSchemaTests : IDisposable
{
    private static readonly CsvSchema Schema = new([
        new CsvColumn("day", CsvColumnType.Date),
        new CsvColumn("label", CsvColumnType.Category) { AllowedValues = ["a", "b"] },
        new CsvColumn("price", CsvColumnType.Double) { Range = CsvRange.Positive },
        new CsvColumn("units", CsvColumnType.Int32) { Range = CsvRange.NonNegative },
        new CsvColumn("flag", CsvColumnType.Boolean01),
    ]);

    private readonly DuckDbParquet _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void A_file_matching_the_schema_is_read_with_the_schema_types_over_several_row_groups()
    {
        // Given ten rows in row groups of three, the columns in another order than the schema's
        var path = _files.Write(
            "typed.parquet",
            """
            SELECT (i % 2 = 0) AS flag, i::BIGINT AS units, DATE '2024-01-01' + i::INTEGER AS day,
                   CASE WHEN i % 3 = 0 THEN 'a' ELSE 'b' END AS label, (i + 0.5)::DECIMAL(6,2) AS price
            FROM range(10) r(i)
            """,
            rowGroupSize: 3
        );

        // When it is read with the schema
        var table = ParquetTableReader.Read(path, Schema);

        // Then the columns come in schema order, with the schema's types and every row
        Assert.Equal(["day", "label", "price", "units", "flag"], table.ColumnNames);
        Assert.Equal(10, table.RowCount);
        Assert.Equal(new DateOnly(2024, 1, 10), table.Get<DateOnly>("day")[9]);
        Assert.Equal(Enumerable.Range(0, 10), table.Get<int>("units"));
        Assert.Equal(9.5, table.Get<double>("price")[9]);
        Assert.Equal([true, false, true], table.Get<bool>("flag").Take(3));
        Assert.Equal(3, table["day"].SourceColumn);
        Assert.Same(table.Get<string>("label")[1], table.Get<string>("label")[2]);
    }

    [Theory]
    [InlineData(
        "3000000000::BIGINT AS units",
        "units",
        "expected a whole number from -2147483648 to 2147483647 (32 bits), found 3000000000"
    )]
    [InlineData("-1::INTEGER AS units", "units", "expected a value >= 0, found -1")]
    [InlineData("0.0::DOUBLE AS price", "price", "expected a value > 0, found 0")]
    [InlineData("'NaN'::DOUBLE AS price", "price", "expected a finite number (NaN and Infinity are not allowed here), found NaN")]
    [InlineData("NULL::DOUBLE AS price", "price", "expected a number, found null (a missing value)")]
    [InlineData("'c' AS label", "label", "expected one of a, b, found 'c'")]
    [InlineData("2::INTEGER AS flag", "flag", "expected 0 or 1 (or true/false), found 2")]
    [InlineData("'2024-13-01'::VARCHAR AS day", "day", "expected a date as yyyy-MM-dd (e.g. 2024-03-15), found '2024-13-01'")]
    public void A_bad_value_is_an_error_naming_file_row_and_column(string badSecondRow, string column, string problem)
    {
        // Given a file whose second row has one bad value
        var path = _files.Write("bad.parquet", Rows(badSecondRow));

        // When it is read with the schema
        var error = Assert.Throws<DataFormatException>(() => ParquetTableReader.Read(path, Schema));

        // Then the message locates the value by row and column
        Assert.Equal($"{path}: row 2: column '{column}': {problem}", error.Message);
        Assert.Equal(2, error.Row);
        Assert.Null(error.Line);
    }

    [Fact]
    public void Under_skip_bad_rows_are_left_out_and_the_kept_rows_keep_their_numbers()
    {
        // Given a file whose second row has a negative unit count
        var path = _files.Write("skip.parquet", Rows("-1::INTEGER AS units"));

        // When it is read with bad rows skipped
        var table = ParquetTableReader.Read(path, Schema, new CsvReadOptions { BadRows = BadRowPolicy.Skip });

        // Then rows 1 and 3 remain, and the skipped row's error is kept
        Assert.Equal([1, 3], table.LineNumbers);
        Assert.Equal("row 3", table.RowName(1));
        Assert.Equal(2, Assert.Single(table.SkippedRows).Row);
    }

    [Fact]
    public void A_missing_schema_column_is_an_error_naming_it_and_the_columns_there_are()
    {
        // Given a file without the flag column
        var path = _files.Write("missing.parquet", "SELECT DATE '2024-01-01' AS day, 'a' AS label, 1.0 AS price, 1 AS units");

        // When it is read with the schema
        var error = Assert.Throws<DataFormatException>(() => ParquetTableReader.Read(path, Schema));

        // Then the message names the column
        Assert.Equal("flag", error.Field);
        Assert.Contains(
            "required column is missing; expected the columns day, label, price, units, flag; the file has day, label, price, units.",
            error.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void A_column_whose_parquet_type_cannot_hold_the_schema_type_is_an_error_naming_both()
    {
        // Given a file whose unit counts are doubles
        var path = _files.Write("double-units.parquet", Rows("1.5::DOUBLE AS units"));

        // When it is read with the schema
        var error = Assert.Throws<DataFormatException>(() => ParquetTableReader.Read(path, Schema));

        // Then the message says what was expected and what the file holds
        Assert.Equal(
            $"{path}: column 'units': expected whole numbers (an integer column), but the Parquet column holds double values.",
            error.Message
        );
    }

    [Fact]
    public void A_strict_schema_rejects_an_extra_column_by_name()
    {
        // Given a file with a column the schema lacks
        var path = _files.Write(
            "extra.parquet",
            "SELECT DATE '2024-01-01' AS day, 'a' AS label, 1.0 AS price, 1 AS units, true AS flag, 0 AS extra"
        );

        // When it is read with the schema
        var error = Assert.Throws<DataFormatException>(() => ParquetTableReader.Read(path, Schema));

        // Then the message names the extra column
        Assert.Equal("extra", error.Field);
        Assert.Contains(
            "unexpected column; expected only the columns day, label, price, units, flag.",
            error.Message,
            StringComparison.Ordinal
        );
    }

    // Three good rows, the second with one column replaced by `bad` ("expression AS column").
    private static string Rows(string bad)
    {
        var column = bad[(bad.LastIndexOf(" AS ", StringComparison.Ordinal) + 4)..];
        string[] good = ["DATE '2024-01-02' AS day", "'b' AS label", "2.5::DOUBLE AS price", "2::INTEGER AS units", "false AS flag"];
        var second = string.Join(", ", good.Select(g => g.EndsWith(" AS " + column, StringComparison.Ordinal) ? bad : g));
        return "SELECT * EXCLUDE (k) FROM ("
            + "SELECT 1 AS k, DATE '2024-01-01' AS day, 'a' AS label, 1.5::DOUBLE AS price, 1::INTEGER AS units, true AS flag"
            + $" UNION ALL SELECT 2, {second}"
            + " UNION ALL SELECT 3, DATE '2024-01-03', 'a', 3.5::DOUBLE, 3::INTEGER, true) ORDER BY k";
    }
}
