using AmazonSalesRegression.Data.Csv;

namespace AmazonSalesRegression.Modeling.Tests.Data.Csv;

public sealed class CsvMissingNumbersTests
{
    private const string Text = "y,x,label\n1,2,a\n2,,b\n3,NaN,c\n4,5,\n";

    [Fact]
    public void Empty_cells_and_nan_in_a_column_of_numbers_are_missing_numbers_when_asked_for()
    {
        // Given a numeric column with an empty cell and a NaN
        // When it is read with MissingNumbers
        var table = CsvReader.ReadInferred(new StringReader(Text), "t.csv", new CsvReadOptions { MissingNumbers = true });

        // Then the column is numeric with NaN in those rows, and text stays text
        var x = table.Get<double>("x");
        Assert.Equal(CsvColumnType.Double, x.Type);
        Assert.Equal(2.0, x[0]);
        Assert.True(double.IsNaN(x[1]));
        Assert.True(double.IsNaN(x[2]));
        Assert.Equal(CsvColumnType.String, table["label"].Type);
        Assert.Equal("", table.Get<string>("label")[3]);
    }

    [Fact]
    public void Without_the_option_such_a_column_is_text_as_before()
    {
        // Given the same text
        // When it is read with the default options
        var table = CsvReader.ReadInferred(new StringReader(Text), "t.csv");

        // Then x is text
        Assert.Equal(CsvColumnType.String, table["x"].Type);
    }

    [Fact]
    public void A_word_among_numbers_still_makes_the_column_text()
    {
        // Given 'abc' among numbers and an empty cell
        // When the schema is inferred with MissingNumbers
        var schema = CsvSchema.Infer(new StringReader("x,y\n1,1\n,2\nabc,3\n"), "t.csv", new CsvReadOptions { MissingNumbers = true });

        // Then the word decides, and the description names it
        Assert.Equal(CsvColumnType.String, schema["x"].Type);
        Assert.Equal("text: line 4 has 'abc', which is not a finite number", schema["x"].Description);
    }
}
