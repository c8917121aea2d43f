using AmazonSalesRegression.Data.Csv;
using AmazonSalesRegression.Features.Tabular;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AmazonSalesRegression.Modeling.Tests.Data.Csv.Properties;

/// <summary>Tables written with correct RFC 4180 quoting read back unchanged, and errors point at the physical line of the bad row.</summary>
public sealed class CsvRoundTripProperties
{
    private const string Source = "table.csv";

    [Property(MaxTest = 300, Replay = "(7368787,2750159)")]
    public Property A_quoted_table_reads_back_to_the_same_values_and_lines() =>
        Prop.ForAll(
            CsvGen.Table.ToArbitrary(),
            table =>
            {
                // Given a table of random text and numbers written with RFC 4180 quoting, LF or CRLF, with or without BOM
                var text = table.Write();

                // When it is read with its schema
                var read = CsvReader.Read(new StringReader(text), Source, table.Schema);

                // Then every value and the line of every row are the ones written
                Assert.Equal(table.Names, read.ColumnNames);
                Assert.Equal(table.RowLines(), read.LineNumbers);
                for (var j = 0; j < table.Names.Length; j++)
                {
                    var column = j;
                    var expected = table.Rows.Select(row => row[column]).ToArray();
                    object[] actual = table.Numeric[j]
                        ? [.. read.Get<double>(table.Names[j]).Select(v => (object)v)]
                        : [.. read.Get<string>(table.Names[j])];
                    Assert.Equal(expected, actual);
                }
            }
        );

    [Property(MaxTest = 300, Replay = "(1299709,4256233)")]
    public Property A_bad_number_is_reported_on_the_physical_line_and_column_of_its_cell() =>
        Prop.ForAll(
            CsvGen.Table.Where(t => t.Rows.Length > 0 && t.Numeric.Any(n => n)).ToArbitrary(),
            Gen.Choose(0, 1000).ToArbitrary(),
            (table, pick) =>
            {
                // Given a table where one number cell (after quoted line breaks in earlier rows) is not a number
                var row = pick % table.Rows.Length;
                var numericColumns = Enumerable.Range(0, table.Names.Length).Where(j => table.Numeric[j]).ToArray();
                var column = numericColumns[pick % numericColumns.Length];
                var text = table.Write((row, column, "n/a"));

                // When it is read with its schema
                var error = Assert.Throws<DataFormatException>(() => CsvReader.Read(new StringReader(text), Source, table.Schema));

                // Then the error names the physical line the cell starts on, the cell's column and its name
                Assert.Equal(Source, error.Source);
                Assert.Equal(table.CellLine(row, column), error.Line);
                Assert.Equal(column + 1, error.Column);
                Assert.Equal(table.Names[column], error.Field);
            }
        );

    [Property(MaxTest = 200, Replay = "(3021377,6972593)")]
    public Property A_row_with_a_missing_field_is_reported_on_its_physical_line() =>
        Prop.ForAll(
            CsvGen.Table.Where(t => t.Rows.Length > 0 && t.Names.Length > 1).ToArbitrary(),
            Gen.Choose(0, 1000).ToArbitrary(),
            (table, pick) =>
            {
                // Given a table where one row lacks its last field
                var row = pick % table.Rows.Length;
                var rows = table.Rows.Select((r, i) => i == row ? r[..^1] : r).ToArray();
                var text = (table with { Rows = rows }).Write();

                // When it is read
                var error = Assert.Throws<DataFormatException>(() => CsvReader.Read(new StringReader(text), Source, table.Schema));

                // Then the error points at that row's line and at the missing column
                Assert.Equal(table.RowLines()[row], error.Line);
                Assert.Equal(table.Names.Length, error.Column);
            }
        );
}
