using DuckDB.NET.Data;

namespace AmazonSalesRegression.Tests.Data.Parquet;

/// <summary>
/// Writes Parquet test files with DuckDB, a writer independent of the reader under test, into a temp folder deleted
/// on dispose.
/// </summary>
internal sealed class DuckDbParquet : IDisposable
{
    public DuckDbParquet() => Folder = Directory.CreateTempSubdirectory("asr-parquet-").FullName;

    public string Folder { get; }

    public string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>Writes the rows of a DuckDB <paramref name="query"/> to <paramref name="name"/> with <c>COPY … (FORMAT parquet …)</c>.</summary>
    /// <param name="name">File name in <see cref="Folder"/>.</param>
    /// <param name="query">A SELECT, e.g. <c>SELECT * FROM read_csv('x.csv')</c>.</param>
    /// <param name="rowGroupSize">Rows per row group, to make files of several groups.</param>
    public string Write(string name, string query, int? rowGroupSize = null)
    {
        var path = PathOf(name);
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        var groups = rowGroupSize is { } size ? $", ROW_GROUP_SIZE {size}" : string.Empty;
        command.CommandText = $"COPY ({query}) TO {Quote(path)} (FORMAT parquet{groups})";
        command.ExecuteNonQuery();
        return path;
    }

    /// <summary>The Parquet twin of a CSV file, as DuckDB's <c>read_csv</c> types it.</summary>
    public string FromCsv(string name, string csvPath, int? rowGroupSize = null) =>
        Write(name, $"SELECT * FROM read_csv({Quote(csvPath)})", rowGroupSize);

    /// <summary>A text file in <see cref="Folder"/>.</summary>
    public string Text(string name, string text)
    {
        var path = PathOf(name);
        File.WriteAllText(path, text);
        return path;
    }

    public static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
