using System.Text;
using AmazonSalesRegression.Data.Csv;
using AmazonSalesRegression.Features.Tabular;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AmazonSalesRegression.Modeling.Tests.Data.Csv.Properties;

/// <summary>
/// Whatever the input, the CSV reader's public entry points either read it or throw a <see cref="DataFormatException"/>
/// that names the source and a line inside the input.
/// </summary>
public sealed class CsvReaderRobustnessProperties
{
    private const string Source = "fuzz.csv";

    private static readonly CsvReadOptions Skip = new() { BadRows = BadRowPolicy.Skip };

    [Property(MaxTest = 400, Replay = "(104729,7919)")]
    public Property Random_text_gives_only_located_format_errors() =>
        Prop.ForAll(
            CsvGen.CsvLikeText.ToArbitrary(),
            text =>
            {
                // Given any text / When every text entry point reads it / Then only located format errors escape
                ReadsOrFailsLocated(text, () => CsvReader.ReadInferred(new StringReader(text), Source));
                ReadsOrFailsLocated(text, () => CsvReader.ReadInferred(new StringReader(text), Source, Skip));
                ReadsOrFailsLocated(text, () => CsvSchema.Infer(new StringReader(text), Source));
                ReadsOrFailsLocated(text, () => CsvReader.Read(new StringReader(text), Source, CsvInput.Schema));
                ReadsOrFailsLocated(text, () => CsvReader.Read(new StringReader(text), Source, CsvInput.Schema, Skip));
            }
        );

    [Property(MaxTest = 200, Replay = "(15485863,32452843)")]
    public Property Random_bytes_give_only_located_format_errors() =>
        Prop.ForAll(
            CsvGen.Bytes.ToArbitrary(),
            bytes =>
            {
                // Given any bytes: BOMs, UTF-16, invalid UTF-8, truncated sequences
                var text = Decoded(bytes);

                // When the stream and file entry points read them / Then only located format errors escape
                ReadsOrFailsLocated(text, () => CsvReader.Read(new MemoryStream(bytes), Source, CsvInput.Schema));
                ReadsOrFailsLocated(text, () => CsvReader.Read(new MemoryStream(bytes), Source, CsvInput.Schema, Skip));
                var path = Path.Combine(Path.GetTempPath(), $"csv-fuzz-{Guid.NewGuid():N}.csv");
                File.WriteAllBytes(path, bytes);
                try
                {
                    ReadsOrFailsLocated(text, () => CsvReader.ReadInferred(path), path);
                    ReadsOrFailsLocated(text, () => CsvSchema.Infer(path, Skip), path);
                }
                finally
                {
                    File.Delete(path);
                }
            }
        );

    private static string Decoded(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    // The error names the input and a physical line of it (lines end at LF; a final line may lack one).
    private static void ReadsOrFailsLocated(string text, Action read, string source = Source)
    {
        var lastLine = text.Count(c => c == '\n') + 1;
        OnlyExpected.Throws<DataFormatException>(
            read,
            e => e.Source == source && e.Line is { } line && line >= 1 && line <= lastLine && e.Column is null or >= 1
        );
    }

    private static void ReadsOrFailsLocated(string text, Func<object> read, string source = Source) =>
        ReadsOrFailsLocated(
            text,
            () =>
            {
                _ = read();
            },
            source
        );
}
