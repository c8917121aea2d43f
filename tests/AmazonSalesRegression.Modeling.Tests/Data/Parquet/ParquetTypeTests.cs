using AmazonSalesRegression.Data.Csv;
using AmazonSalesRegression.Data.Parquet;

namespace AmazonSalesRegression.Modeling.Tests.Data.Parquet;

public sealed class ParquetTypeTests : IDisposable
{
    private readonly DuckDbParquet _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Numbers_of_every_width_and_booleans_are_read_as_doubles_and_text_and_dates_as_text()
    {
        // Given a DuckDB file with one column of each supported type
        var path = _files.Write(
            "types.parquet",
            """
            SELECT * FROM (VALUES
              (1.5::DOUBLE, 2.25::FLOAT, 12.34::DECIMAL(10,2), 7::INTEGER, 9000000000::BIGINT, 3::SMALLINT, 4::TINYINT, true, DATE '2024-03-15', 'a'),
              (-2.0::DOUBLE, -0.5::FLOAT, 0.01::DECIMAL(10,2), -7::INTEGER, -1::BIGINT, -3::SMALLINT, 250::UTINYINT, false, DATE '1999-12-31', 'b, c')
            ) t(d, f, m, i, l, s, b, flag, day, label)
            """
        );

        // When it is read without a schema
        var table = ParquetTableReader.ReadInferred(path);

        // Then numbers and flags are doubles, dates and strings text, in file order
        Assert.Equal(["d", "f", "m", "i", "l", "s", "b", "flag", "day", "label"], table.ColumnNames);
        Assert.Equal([1.5, -2.0], table.Get<double>("d"));
        Assert.Equal([2.25, -0.5], table.Get<double>("f"));
        Assert.Equal([12.34, 0.01], table.Get<double>("m"));
        Assert.Equal([7.0, -7.0], table.Get<double>("i"));
        Assert.Equal([9_000_000_000.0, -1.0], table.Get<double>("l"));
        Assert.Equal([3.0, -3.0], table.Get<double>("s"));
        Assert.Equal([4.0, 250.0], table.Get<double>("b"));
        Assert.Equal([1.0, 0.0], table.Get<double>("flag"));
        Assert.Equal(["2024-03-15", "1999-12-31"], table.Get<string>("day"));
        Assert.Equal(["a", "b, c"], table.Get<string>("label"));
        Assert.Equal(RowNumbering.Rows, table.Numbering);
        Assert.Equal([1, 2], table.LineNumbers);
    }
}
