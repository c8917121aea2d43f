using AmazonSalesRegression.Data;
using AmazonSalesRegression.Data.Loading;

namespace AmazonSalesRegression.Tests.Data.Parquet;

public sealed class ParquetSalesTwinTests : IDisposable
{
    private static readonly string SalesPath = CoursePaths.SalesCsv(CoursePaths.FindRoot(AppContext.BaseDirectory));

    private readonly DuckDbParquet _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void The_course_sales_csv_and_its_duckdb_parquet_twin_load_to_equal_records()
    {
        // Given the course's sales CSV and DuckDB's Parquet copy of it, in row groups of 10,000 rows
        var parquet = _files.FromCsv("amazon_sales.parquet", SalesPath, rowGroupSize: 10_000);

        // When both are loaded as sales records
        var fromCsv = SalesCsv.Load(SalesPath);
        var fromParquet = SalesCsv.Load(parquet);

        // Then every record is equal
        Assert.True(fromCsv.Count > 30_000);
        Assert.Equal(fromCsv, fromParquet);
    }

    [Fact]
    public void The_twin_loads_to_the_same_data_frame_and_deedle_frame_with_rows_numbered_from_one()
    {
        // Given the Parquet twin of the sales CSV
        var parquet = _files.FromCsv("amazon_sales.parquet", SalesPath, rowGroupSize: 10_000);

        // When both are loaded by the notebook loaders
        var csvTable = SalesCsv.LoadTable(SalesPath);
        var parquetTable = SalesCsv.LoadTable(parquet);

        // Then the columns and types agree, and the frames hold the same values
        Assert.Equal(csvTable.Columns.Select(c => (c.Name, c.Type)), parquetTable.Columns.Select(c => (c.Name, c.Type)));
        Assert.Equal(Enumerable.Range(1, csvTable.RowCount), parquetTable.LineNumbers);
        Assert.Equal(DataFrameLoader.LoadSales(SalesPath).ToString(), DataFrameLoader.LoadSales(parquet).ToString());
        var csvFrame = DeedleLoader.LoadSales(SalesPath);
        var parquetFrame = DeedleLoader.LoadSales(parquet);
        Assert.Equal(csvFrame.ColumnKeys, parquetFrame.ColumnKeys);
        Assert.Equal(csvFrame.GetColumn<double>(SalesColumns.Revenue).Values, parquetFrame.GetColumn<double>(SalesColumns.Revenue).Values);
    }

    [Fact]
    public void Read_without_a_schema_the_twin_gives_the_same_columns_as_the_csv()
    {
        // Given the Parquet twin of the sales CSV
        var parquet = _files.FromCsv("amazon_sales.parquet", SalesPath);

        // When both are read without a schema, as fit and LoadCsv read them
        var csv = TableFiles.ReadInferred(SalesPath);
        var twin = TableFiles.ReadInferred(parquet);

        // Then names, types and values are equal (dates are text in both, counts and flags numbers), also through LoadCsv
        Assert.Equal(csv.Columns.Select(c => (c.Name, c.Type)), twin.Columns.Select(c => (c.Name, c.Type)));
        Assert.Equal(DeedleLoader.LoadCsv(SalesPath).ColumnKeys, DeedleLoader.LoadCsv(parquet).ColumnKeys);
        Assert.Equal(DataFrameLoader.LoadCsv(SalesPath).Rows.Count, DataFrameLoader.LoadCsv(parquet).Rows.Count);
        foreach (var column in csv.Columns)
        {
            if (column.IsNumeric)
            {
                Assert.Equal(column.ToDoubles(), twin[column.Name].ToDoubles());
            }
            else
            {
                Assert.Equal(csv.Get<string>(column.Name), twin.Get<string>(column.Name));
            }
        }
    }
}
