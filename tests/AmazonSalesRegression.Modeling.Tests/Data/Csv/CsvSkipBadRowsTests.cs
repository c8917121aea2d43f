using AmazonSalesRegression.Data.Csv;

namespace AmazonSalesRegression.Modeling.Tests.Data.Csv;

public sealed class CsvSkipBadRowsTests
{
    private static readonly CsvReadOptions Skip = new() { BadRows = BadRowPolicy.Skip };

    [Fact]
    public void Bad_rows_are_left_out_and_reported_with_their_lines_in_file_order()
    {
        // Given
        const string text =
            CsvInput.Header
            + "2024-01-01,A,1,1.5,0,x\n"
            + "2024-01-02,B,oops,1.5,0,x\n"
            + "2024-01-03,C,3,3.5,1,x\n"
            + "2024-01-04,D,4\n"
            + "2024-01-05,E,5,NaN,0,x\n"
            + "2024-01-06,F,6,6.5,0,x\n";

        // When
        var table = CsvInput.Read(text, options: Skip);

        // Then
        Assert.Equal(["A", "C", "F"], table.Get<string>("sku"));
        Assert.Equal([2, 4, 7], table.LineNumbers);
        Assert.Equal([3, 5, 6], table.SkippedRows.Select(e => e.Line));
        Assert.Equal(["units", "price", "price"], table.SkippedRows.Select(e => e.Field));
    }

    [Fact]
    public void A_row_is_reported_once_at_its_first_bad_value()
    {
        // When
        var table = CsvInput.Read(CsvInput.Header + "bad-date,A,bad,bad,bad,x\n", options: Skip);

        // Then
        var error = Assert.Single(table.SkippedRows);
        Assert.Equal("sales.csv:2:1: column 'date': expected a date as yyyy-MM-dd (e.g. 2024-03-15), found 'bad-date'", error.Message);
        Assert.Equal(0, table.RowCount);
    }

    [Fact]
    public void An_empty_line_between_rows_is_reported_but_reading_goes_on()
    {
        // When
        var table = CsvInput.Read(CsvInput.Header + "2024-01-01,A,1,1.5,0,x\n\n2024-01-03,C,3,3.5,1,x\n", options: Skip);

        // Then
        Assert.Equal(2, table.RowCount);
        Assert.Equal(3, Assert.Single(table.SkippedRows).Line);
    }

    [Fact]
    public void Broken_quoting_still_stops_reading()
    {
        // When
        var error = CsvInput.ReadError(CsvInput.Header + "2024-01-01,A,1,1.5,0,\"open\n", options: Skip);

        // Then
        Assert.StartsWith("sales.csv:2:6: unterminated quoted field", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_problems_still_stop_reading()
    {
        // When
        var error = CsvInput.ReadError("date,sku\n", options: Skip);

        // Then
        Assert.Equal("units", error.Field);
    }

    [Fact]
    public void Required_rows_that_were_all_skipped_are_an_error_saying_so()
    {
        // When
        var error = CsvInput.ReadError(CsvInput.Header + "x,A,1,1.5,0,x\ny,A,1,1.5,0,x\n", options: Skip with { RequireRows = true });

        // Then
        Assert.Equal("sales.csv:2: expected at least one valid row, but all 2 rows were skipped as bad", error.Message);
    }
}
