namespace AmazonSalesRegression.Tests.Data.Loading;

/// <summary>A CSV file in the temp folder, deleted on dispose.</summary>
internal sealed class TempCsvFile : IDisposable
{
    public TempCsvFile(string text)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"loading-{Guid.NewGuid():N}.csv");
        File.WriteAllText(Path, text);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
