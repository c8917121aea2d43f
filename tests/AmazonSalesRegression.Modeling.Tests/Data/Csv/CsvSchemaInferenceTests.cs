using AmazonSalesRegression.Data.Csv;
using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Modeling.Tests.Data.Csv;

public sealed class CsvSchemaInferenceTests
{
    [Fact]
    public void Columns_of_finite_numbers_are_numeric_and_the_others_text()
    {
        // Given
        const string text = "region,spend, visits ,day\nnorth,12.5,3,2024-01-01\nsouth,1e3, 4 ,2024-01-02\n";

        // When
        var schema = Infer(text);

        // Then
        Assert.Equal(
            [CsvColumnType.String, CsvColumnType.Double, CsvColumnType.Double, CsvColumnType.String],
            schema.Columns.Select(c => c.Type)
        );
        Assert.Equal(["region", "spend", " visits ", "day"], schema.Columns.Select(c => c.Name));
        Assert.Equal(["spend", " visits "], schema.Columns.Where(c => c.IsNumeric).Select(c => c.Name));
        Assert.True(schema.Strict);
    }

    [Fact]
    public void The_description_says_which_value_made_a_column_text()
    {
        // When
        var schema = Infer("price\n1.5\n2\nn/a\n3\n");

        // Then
        Assert.Equal("text: line 4 has 'n/a', which is not a finite number", schema["price"].Description);
    }

    [Fact]
    public void The_first_non_number_in_file_order_is_named_when_a_large_file_is_read_in_parallel()
    {
        // Given (about 100 000 characters: split among the workers)
        var rows = Enumerable
            .Range(0, 8000)
            .Select(i =>
                i switch
                {
                    1000 => $"{i},first-text,{i}",
                    7000 => $"{i},later-text,also-text",
                    _ => $"{i},{i * 0.5},{i}",
                }
            );
        var text = "id,b,c\n" + string.Join("\n", rows) + "\n";

        // When
        var schema = Infer(text);
        var table = CsvReader.ReadInferred(new StringReader(text), "user.csv");

        // Then
        Assert.Equal("text: line 1002 has 'first-text', which is not a finite number", schema["b"].Description);
        Assert.Equal("text: line 7002 has 'also-text', which is not a finite number", schema["c"].Description);
        Assert.Equal("number: all 8000 values are finite numbers", schema["id"].Description);
        Assert.Equal("later-text", table.Get<string>("b")[7000]);
        Assert.Equal(7999.0, table.Get<double>("id")[7999]);
    }

    [Fact]
    public void An_empty_value_makes_a_column_text()
    {
        // When
        var schema = Infer("a,b\n1,2\n,3\n");

        // Then
        Assert.Equal(CsvColumnType.String, schema["a"].Type);
        Assert.Equal("text: line 3 has an empty value, which is not a finite number", schema["a"].Description);
        Assert.Equal(CsvColumnType.Double, schema["b"].Type);
    }

    [Fact]
    public void NaN_or_infinity_makes_a_column_text()
    {
        // When
        var schema = Infer("a,b\n1,NaN\n2,Infinity\n");

        // Then
        Assert.Equal(CsvColumnType.Double, schema["a"].Type);
        Assert.Equal(CsvColumnType.String, schema["b"].Type);
    }

    [Fact]
    public void A_header_without_rows_gives_text_columns()
    {
        // When
        var schema = Infer("a,b\n");

        // Then
        Assert.All(schema.Columns, c => Assert.Equal(CsvColumnType.String, c.Type));
        Assert.Equal("text: the file has no rows to show it is numeric", schema["a"].Description);
    }

    [Fact]
    public void Duplicate_and_empty_header_names_are_still_errors()
    {
        // When
        var duplicate = Assert.Throws<DataFormatException>(() => Infer("a,b,a\n1,2,3\n"));
        var empty = Assert.Throws<DataFormatException>(() => Infer("a,,c\n1,2,3\n"));

        // Then
        Assert.Equal(
            "user.csv:1:3: column 'a': duplicate column name; expected distinct names, but column 1 has the same name",
            duplicate.Message
        );
        Assert.Equal("user.csv:1:2: empty column name; expected every header field to name its column", empty.Message);
    }

    [Fact]
    public void A_ragged_row_is_an_error_unless_bad_rows_are_skipped()
    {
        // When
        var error = Assert.Throws<DataFormatException>(() => Infer("a,b\n1,2\n3\n"));
        var skipped = CsvSchema.Infer(new StringReader("a,b\n1,2\n3\n"), "user.csv", new CsvReadOptions { BadRows = BadRowPolicy.Skip });

        // Then
        Assert.Equal(
            "user.csv:3:2: column 'b': expected 2 fields as in the header, found 1; the row ends before this column",
            error.Message
        );
        Assert.Equal(CsvColumnType.Double, skipped["a"].Type);
    }

    [Fact]
    public void Reading_with_an_inferred_schema_gives_doubles_for_numeric_columns_and_keeps_empty_text()
    {
        // Given
        const string text = "name,spend,units\nalpha,1.5,3\n,2.5,4\n";

        // When
        var table = CsvReader.ReadInferred(new StringReader(text), "user.csv");

        // Then
        Assert.Equal(["spend", "units"], table.Columns.Where(c => c.IsNumeric).Select(c => c.Name));
        Assert.Equal([3.0, 4.0], table.Get<double>("units"));
        Assert.Equal(["alpha", ""], table.Get<string>("name"));
    }

    [Fact]
    public void A_file_path_can_be_inferred_and_read()
    {
        // Given
        var path = Path.Combine(Path.GetTempPath(), $"infer-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "x,y\n1,2\n3,4\n");
        try
        {
            // When
            var table = CsvReader.ReadInferred(path);

            // Then
            Assert.Equal([2.0, 4.0], table.Get<double>("y"));
            Assert.Equal(path, table.Source);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static CsvSchema Infer(string text) => CsvSchema.Infer(new StringReader(text), "user.csv");
}
