using System.Security.Cryptography;
using System.Text;
using AmazonSalesRegression.Data;
using AmazonSalesRegression.Data.Generation;

namespace AmazonSalesRegression.Tests.Data.Generation;

/// <summary>The course data set, generated once per test run and shared by the generation tests.</summary>
internal static class DefaultDataSet
{
    private static readonly Lazy<GeneratedSalesData> LazyData = new(() => SalesDataGenerator.Generate());
    private static readonly Lazy<byte[]> LazyCsv = new(() => CsvBytes(Data.Records));

    public static GeneratedSalesData Data => LazyData.Value;

    public static IReadOnlyList<SalesRecord> Records => Data.Records;

    public static GroundTruth Truth => Data.Truth;

    /// <summary>The CSV exactly as <see cref="SalesCsvWriter"/> writes it to a file.</summary>
    public static byte[] Csv => LazyCsv.Value;

    public static byte[] CsvBytes(IEnumerable<SalesRecord> records)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true))
        {
            SalesCsvWriter.Write(records, writer);
        }

        return stream.ToArray();
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
