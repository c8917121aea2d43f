using DuckDB.NET.Data;

namespace AmazonSalesRegression.TestSupport;

/// <summary>
/// Writes Parquet test files with DuckDB, a writer independent of the reader under test, into a temp folder deleted
/// on dispose (or to any path with the static members).
/// </summary>
public sealed class DuckDbParquet : IDisposable
{
    /// <summary>Creates the temp folder.</summary>
    public DuckDbParquet() => Folder = Directory.CreateTempSubdirectory("asr-parquet-").FullName;

    /// <summary>The temp folder the instance writes into.</summary>
    public string Folder { get; }

    /// <summary>The path of <paramref name="name"/> in <see cref="Folder"/>.</summary>
    public string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>Writes the rows of a DuckDB <paramref name="query"/> to <paramref name="name"/> in <see cref="Folder"/>.</summary>
    /// <param name="name">File name in <see cref="Folder"/>.</param>
    /// <param name="query">A SELECT, e.g. <c>SELECT * FROM read_csv('x.csv')</c>.</param>
    /// <param name="rowGroupSize">Rows per row group, to make files of several groups.</param>
    public string Write(string name, string query, int? rowGroupSize = null) => WriteFile(query, PathOf(name), rowGroupSize);

    /// <summary>The Parquet twin of a CSV file in <see cref="Folder"/>, as DuckDB's <c>read_csv</c> types it.</summary>
    public string FromCsv(string name, string csvPath, int? rowGroupSize = null) => CsvToParquet(csvPath, PathOf(name), rowGroupSize);

    /// <summary>A text file in <see cref="Folder"/>.</summary>
    public string Text(string name, string text)
    {
        var path = PathOf(name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Writes the rows of a DuckDB <paramref name="query"/> to <paramref name="path"/> with <c>COPY … (FORMAT parquet …)</c>.</summary>
    public static string WriteFile(string query, string path, int? rowGroupSize = null)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        var groups = rowGroupSize is { } size ? $", ROW_GROUP_SIZE {size}" : string.Empty;
        command.CommandText = $"COPY ({query}) TO {Quote(path)} (FORMAT parquet{groups})";
        command.ExecuteNonQuery();
        return path;
    }

    /// <summary>Writes DuckDB's Parquet copy of the CSV file <paramref name="csvPath"/> to <paramref name="path"/>.</summary>
    public static string CsvToParquet(string csvPath, string path, int? rowGroupSize = null) =>
        WriteFile($"SELECT * FROM read_csv({Quote(csvPath)})", path, rowGroupSize);

    /// <summary><paramref name="text"/> as a SQL string literal.</summary>
    public static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
