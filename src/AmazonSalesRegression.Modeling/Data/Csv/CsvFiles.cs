using System.Text;

namespace AmazonSalesRegression.Data.Csv;

/// <summary>Opens CSV files for sequential reading.</summary>
internal static class CsvFiles
{
    /// <summary>Opens <paramref name="path"/> as UTF-8 text (a byte order mark selects another Unicode encoding).</summary>
    public static StreamReader OpenText(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }
}
