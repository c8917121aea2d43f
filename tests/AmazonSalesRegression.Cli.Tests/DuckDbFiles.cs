using DuckDB.NET.Data;

namespace AmazonSalesRegression.Cli.Tests;

/// <summary>Writes Parquet files with DuckDB, a writer independent of the reader under test.</summary>
internal static class DuckDbFiles
{
    /// <summary>Writes the rows of a DuckDB <paramref name="query"/> to <paramref name="path"/> as Parquet.</summary>
    public static void WriteParquet(string query, string path, int? rowGroupSize = null)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        var groups = rowGroupSize is { } size ? $", ROW_GROUP_SIZE {size}" : string.Empty;
        command.CommandText = $"COPY ({query}) TO {Quote(path)} (FORMAT parquet{groups})";
        command.ExecuteNonQuery();
    }

    /// <summary>Writes DuckDB's Parquet copy of the CSV file <paramref name="csvPath"/> (as <c>read_csv</c> types it) to <paramref name="path"/>.</summary>
    public static void CsvToParquet(string csvPath, string path, int? rowGroupSize = null) =>
        WriteParquet($"SELECT * FROM read_csv({Quote(csvPath)})", path, rowGroupSize);

    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
