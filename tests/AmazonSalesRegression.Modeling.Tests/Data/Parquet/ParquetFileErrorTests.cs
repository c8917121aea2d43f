using AmazonSalesRegression.Data;
using AmazonSalesRegression.Data.Csv;
using AmazonSalesRegression.Data.Parquet;
using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Modeling.Tests.Data.Parquet;

public sealed class ParquetFileErrorTests : IDisposable
{
    private readonly DuckDbParquet _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData("TIMESTAMP '2024-01-01 10:00:00'", "a timestamp column")]
    [InlineData("TIME '10:00:00'", "a time column")]
    [InlineData("[1, 2]", "a list column")]
    [InlineData("{'a': 1}", "a struct (nested) column")]
    [InlineData("MAP {'a': 1}", "a map column")]
    [InlineData("'\\x01'::BLOB", "a binary column")]
    public void A_column_of_an_unsupported_type_is_an_error_naming_it_and_what_is_expected(string value, string found)
    {
        // Given a file with a number column and a column of another type
        var path = _files.Write("unsupported.parquet", $"SELECT 1.5 AS x, {value} AS odd");

        // When it is read
        var error = Assert.Throws<DataFormatException>(() => ParquetTableReader.ReadInferred(path));

        // Then the message names file, column, its type and what the reader accepts
        Assert.StartsWith(
            $"{path}: column 'odd': {found}, which cannot be read; expected numbers",
            error.Message,
            StringComparison.Ordinal
        );
        Assert.Equal("odd", error.Field);
    }

    [Fact]
    public void A_null_number_is_missing_when_missing_numbers_are_allowed_and_otherwise_an_error_at_its_row()
    {
        // Given a number column with a null in its third row and a text column with a null
        var path = _files.Write("nulls.parquet", "SELECT * FROM (VALUES (1.0, 'a'), (2.0, NULL), (NULL, 'c')) t(x, label)");

        // When it is read with and without missing numbers
        var table = ParquetTableReader.ReadInferred(path, new CsvReadOptions { MissingNumbers = true });
        var error = Assert.Throws<DataFormatException>(() => ParquetTableReader.ReadInferred(path));

        // Then a null is NaN (text: empty) like an empty CSV cell, or an error naming row 3
        Assert.Equal([1.0, 2.0, double.NaN], table.Get<double>("x"));
        Assert.Equal(["a", "", "c"], table.Get<string>("label"));
        Assert.Equal($"{path}: row 3: column 'x': expected a number, found null (a missing value)", error.Message);
    }

    [Fact]
    public void A_csv_file_named_parquet_is_one_clear_error_naming_the_file()
    {
        // Given CSV text in a file named .parquet
        var path = _files.Text("data.parquet", "x,y\n1,2\n3,4\n");

        // When it is read
        var error = Assert.Throws<DataFormatException>(() => TableFiles.ReadInferred(path));

        // Then the error names the file and says it is not Parquet
        Assert.Equal(
            $"{path}: not a Parquet file: expected the bytes 'PAR1' at its start and end (it starts like text: is it a CSV file? Name CSV files .csv)",
            error.Message
        );
    }

    [Fact]
    public void An_empty_or_truncated_parquet_file_is_an_error_naming_the_file()
    {
        // Given an empty file and the first half of a real Parquet file
        var empty = _files.Text("empty.parquet", string.Empty);
        var whole = File.ReadAllBytes(_files.Write("whole.parquet", "SELECT range AS x FROM range(100)"));
        var truncated = _files.PathOf("truncated.parquet");
        File.WriteAllBytes(truncated, whole[..(whole.Length / 2)]);

        // When they are read
        var emptyError = Assert.Throws<DataFormatException>(() => ParquetTableReader.ReadInferred(empty));
        var truncatedError = Assert.Throws<DataFormatException>(() => ParquetTableReader.ReadInferred(truncated));

        // Then each error names its file
        Assert.Equal($"{empty}: the file is empty; expected a Parquet file", emptyError.Message);
        Assert.Equal(
            $"{truncated}: the Parquet file is truncated: expected the bytes 'PAR1' at its end as well as at its start",
            truncatedError.Message
        );
    }

    [Fact]
    public void A_damaged_footer_is_one_error_naming_the_file_not_a_library_exception()
    {
        // Given a Parquet file whose footer bytes were overwritten (the magic bytes kept)
        var bytes = File.ReadAllBytes(_files.Write("whole.parquet", "SELECT range AS x FROM range(100)"));
        Array.Fill(bytes, (byte)0xFF, bytes.Length - 60, 50);
        var path = _files.PathOf("damaged.parquet");
        File.WriteAllBytes(path, bytes);

        // When it is read
        var error = Assert.Throws<DataFormatException>(() => ParquetTableReader.ReadInferred(path));

        // Then the error names the file and asks for an intact Parquet file
        Assert.StartsWith($"{path}: could not be read as a Parquet file (", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("expected an intact Parquet file.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parquet_file_without_rows_reads_as_an_empty_table_unless_rows_are_required()
    {
        // Given a file with columns but no rows
        var path = _files.Write("no-rows.parquet", "SELECT 1.5 AS x, 'a' AS label WHERE false");

        // When it is read with and without requiring rows
        var table = ParquetTableReader.ReadInferred(path);
        var error = Assert.Throws<DataFormatException>(() =>
            ParquetTableReader.ReadInferred(path, new CsvReadOptions { RequireRows = true })
        );

        // Then the table has the columns and no rows, or the error says a row was expected
        Assert.Equal(["x", "label"], table.ColumnNames);
        Assert.Equal(0, table.RowCount);
        Assert.Equal($"{path}: expected at least one row, found none", error.Message);
    }

    [Fact]
    public void A_parquet_file_is_recognised_by_its_name_or_by_its_magic_bytes()
    {
        // Given a Parquet file named .dat and a CSV file
        var parquet = _files.Write("numbers.dat", "SELECT 1.5 AS x");
        var csv = _files.Text("numbers.csv", "x\n1.5\n");

        // When both are read by TableFiles
        var fromParquet = TableFiles.ReadInferred(parquet);
        var fromCsv = TableFiles.ReadInferred(csv);

        // Then both hold the value, numbered as Parquet rows and CSV lines
        Assert.True(TableFiles.IsParquet(parquet));
        Assert.True(TableFiles.IsParquet("missing.PARQUET"));
        Assert.False(TableFiles.IsParquet(csv));
        Assert.Equal([1.5], fromParquet.Get<double>("x"));
        Assert.Equal("row 1", fromParquet.RowName(0));
        Assert.Equal("line 2", fromCsv.RowName(0));
    }

    [Fact]
    public void An_error_found_after_reading_names_the_parquet_row_not_a_line()
    {
        // Given a Parquet table
        var table = ParquetTableReader.ReadInferred(_files.Write("x.parquet", "SELECT range::DOUBLE AS x FROM range(3)"));

        // When a later check reports a problem at its third row
        var error = table.ErrorAt(2, "x", "expected a positive value, found 2");

        // Then the message names the row and column
        Assert.Equal($"{table.Source}: row 3: column 'x': expected a positive value, found 2", error.Message);
        Assert.Null(table.LineOf(2));
        Assert.Null(table.HeaderLine);
    }
}
