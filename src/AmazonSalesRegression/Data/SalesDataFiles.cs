using System.Security.Cryptography;
using System.Text;
using AmazonSalesRegression.Data.Generation;

namespace AmazonSalesRegression.Data;

/// <summary>
/// Writes and checks the generated data set on disk: the sales CSV and, beside it, the true parameters as JSON
/// (<c>amazon_sales.csv</c> and <c>amazon_sales.truth.json</c>).
/// </summary>
public static class SalesDataFiles
{
    /// <summary>The truth file that belongs beside <paramref name="csvPath"/>: <c>NAME.truth.json</c> for <c>NAME.csv</c>.</summary>
    public static string TruthPathFor(string csvPath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(csvPath)) ?? ".", Path.GetFileNameWithoutExtension(csvPath) + ".truth.json");

    /// <summary>Generates the data set for <paramref name="options"/> and writes the CSV and its truth JSON, creating the folder if needed.</summary>
    public static SalesDataFileSet Write(string csvPath, GeneratorOptions options)
    {
        var rendered = Render(options);
        var fullPath = Path.GetFullPath(csvPath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        File.WriteAllBytes(fullPath, rendered.Csv);
        File.WriteAllBytes(TruthPathFor(fullPath), rendered.Truth);
        return rendered.Describe(fullPath);
    }

    /// <summary>
    /// Compares the files at <paramref name="csvPath"/> with what the generator produces for <paramref name="options"/>, byte for byte.
    /// </summary>
    public static SalesDataFileStatus Check(string csvPath, GeneratorOptions options)
    {
        var fullPath = Path.GetFullPath(csvPath);
        if (!File.Exists(fullPath))
        {
            return SalesDataFileStatus.Missing;
        }

        var rendered = Render(options);
        var truthPath = TruthPathFor(fullPath);
        var same =
            File.ReadAllBytes(fullPath).AsSpan().SequenceEqual(rendered.Csv)
            && File.Exists(truthPath)
            && File.ReadAllBytes(truthPath).AsSpan().SequenceEqual(rendered.Truth);
        return same ? SalesDataFileStatus.Current : SalesDataFileStatus.Different;
    }

    private static Rendered Render(GeneratorOptions options)
    {
        var data = SalesDataGenerator.Generate(options);
        using var csv = new MemoryStream();
        using (var writer = new StreamWriter(csv, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true))
        {
            SalesCsvWriter.Write(data.Records, writer);
        }

        return new Rendered(csv.ToArray(), new UTF8Encoding(false).GetBytes(data.Truth.ToJson()), data.Records);
    }

    private sealed record Rendered(byte[] Csv, byte[] Truth, IReadOnlyList<SalesRecord> Records)
    {
        public SalesDataFileSet Describe(string csvPath) =>
            new(
                csvPath,
                TruthPathFor(csvPath),
                Records.Count,
                Records.Select(r => r.Sku).Distinct().Count(),
                Records.Min(r => r.Date),
                Records.Max(r => r.Date),
                Convert.ToHexStringLower(SHA256.HashData(Csv))
            );
    }
}
