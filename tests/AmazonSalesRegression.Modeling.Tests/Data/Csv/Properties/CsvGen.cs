using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace AmazonSalesRegression.Modeling.Tests.Data.Csv.Properties;

/// <summary>Generators of CSV text and bytes for the reader's properties: structure-heavy noise and well-formed tables.</summary>
internal static class CsvGen
{
    /// <summary>Characters that matter to a CSV reader, plus a few ordinary and unusual ones.</summary>
    private static readonly char[] Alphabet =
    [
        ',',
        ',',
        '"',
        '"',
        '\n',
        '\n',
        '\r',
        ' ',
        '\t',
        'a',
        'b',
        'x',
        '1',
        '2',
        '0',
        '.',
        '-',
        '+',
        'e',
        'E',
        'é',
        '€',
        '\0',
        '\uFEFF',
        '\uFFFD',
        '\uD800',
        ';',
        'N',
        'a',
        'I',
        'n',
        'f',
    ];

    private static readonly string[] Chunks =
    [
        "a,b,c\n",
        "1,2,3\n",
        "\"x\"",
        "\"\"",
        "\"a,b\"",
        "\"line\nbreak\"",
        "\r\n",
        "\n\n",
        ",,",
        "1.5",
        "NaN",
        "-0",
        "1e308",
        "1e999",
        "2024-03-15",
        "true",
        " 7 ",
        "\"unterminated",
        "x\"y",
        "\"q\"z",
    ];

    /// <summary>Text made of CSV-significant characters and fragments, up to a few hundred characters.</summary>
    public static Gen<string> NoisyText =>
        Gen.Frequency((3, Gen.Elements(Alphabet).Select(c => c.ToString())), (2, Gen.Elements(Chunks)))
            .ListOf()
            .Select(parts => string.Concat(parts));

    /// <summary>Noise, or noise after a valid header (so that rows, not just headers, are exercised).</summary>
    public static Gen<string> CsvLikeText =>
        Gen.OneOf(
            NoisyText,
            Gen.Elements("a,b,c\n", "a\n", "date,sku,units,price,promo,note\n", "a,b,c\r\n", "\uFEFFa,b\n")
                .Zip(NoisyText, (h, body) => h + body)
        );

    /// <summary>Random bytes: encoded CSV-like text (UTF-8, BOMs, UTF-16) with invalid UTF-8 sequences spliced in.</summary>
    public static Gen<byte[]> Bytes =>
        Gen.OneOf(
                CsvLikeText.Select(Encoding.UTF8.GetBytes),
                Gen.Elements<byte[]>([0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [])
                    .Zip(
                        CsvLikeText,
                        (bom, text) =>
                            bom.Concat(bom.Length == 2 ? Encoding.Unicode.GetBytes(text) : Encoding.UTF8.GetBytes(text)).ToArray()
                    ),
                Gen.Elements<byte[]>([0xC3], [0xFF], [0xED, 0xA0, 0x80], [0xF0, 0x9F], [0x80], [0x22], [0x2C], [0x0A], [0x0D], [0x31])
                    .ListOf()
                    .Select(parts => parts.SelectMany(p => p).ToArray()),
                Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf()
            )
            .Zip(Gen.Choose(0, 3), (bytes, cut) => cut == 0 && bytes.Length > 0 ? bytes[..^1] : bytes);

    /// <summary>A cell value that needs quoting now and then: separators, quotes, line breaks, spaces, non-ASCII.</summary>
    public static Gen<string> Text =>
        Gen.Elements('a', 'Z', '7', ' ', ',', '"', '\n', '\r', 'é', '\t', '-', '.', ';')
            .ListOf()
            .Select(chars => new string([.. chars]))
            .Resize(12);

    /// <summary>A finite double: small integers, decimals, extremes and tiny subnormals.</summary>
    public static Gen<double> Number =>
        Gen.OneOf(
            Gen.Choose(-1000, 1000).Select(i => (double)i),
            Gen.Choose(-1_000_000, 1_000_000).Zip(Gen.Choose(1, 1000), (a, b) => a / (double)b),
            Gen.Elements(double.MaxValue, double.MinValue, double.Epsilon, -double.Epsilon, 0.1, 1e-300, -0.0, 123456789.125)
        );

    /// <summary>A well-formed table: distinct header names, per column text or numbers, 0 to 15 rows.</summary>
    public static Gen<CsvTable> Table =>
        from columnCount in Gen.Choose(1, 5)
        from numeric in Gen.Elements(true, false).ArrayOf(columnCount)
        from rowCount in Gen.Choose(0, 15)
        from rows in Gen.CollectToArray(
            Enumerable.Range(0, rowCount),
            _ => Gen.CollectToArray(numeric, isNumber => isNumber ? Number.Select(v => (object)v) : Text.Select(v => (object)v))
        )
        from newLine in Gen.Elements("\n", "\r\n")
        from finalNewLine in Gen.Elements(true, false)
        from bom in Gen.Elements(true, false)
        select new CsvTable([.. Enumerable.Range(0, columnCount).Select(i => $"c{i}")], numeric, rows, newLine, finalNewLine, bom);

    /// <summary>Formats a number so that it reads back exactly.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
