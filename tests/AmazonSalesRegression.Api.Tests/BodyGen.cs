using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace AmazonSalesRegression.Api.Tests;

/// <summary>
/// Raw bodies that are mostly not requests at all: truncated and mutated valid bodies, JSON fragments of the wrong
/// shape, random text and bytes (including invalid UTF-8), random CSV, too many instances, a body over 1 MiB, and an
/// empty body; with right, wrong, odd or missing content types, to <c>/predict</c> or <c>/invocations</c>.
/// </summary>
internal static class BodyGen
{
    private static readonly string ValidJson = Instances.Body(Instances.Valid(), Instances.Valid());

    private static readonly string[] Fragments =
    [
        "{",
        "}",
        "[",
        "]",
        "{\"instances\":",
        "[{}]",
        "{\"instances\":[[]]}",
        "{\"instances\":[{\"sku\":[1,2]}]}",
        "null",
        "true",
        "\"x\"",
        "{\"instances\":[{}]}",
        "{\"instances\":null}",
        "{\"instances\":[null]}",
        "{\"instances\":\"ELEC-001\"}",
        "1e400",
        "{\"a\":1}",
        "{\"instances\":[{\"sku\":\"ELEC-001\",\"sku\":\"ELEC-001\"}]}",
        "\uFEFF{}",
        "{\"instances\":[]} {}",
        "{'instances':[]}",
    ];

    private static readonly string?[] ContentTypes =
    [
        "application/json",
        "application/json; charset=utf-8",
        "text/csv",
        "TEXT/CSV; header=present",
        "text/plain",
        "application/xml",
        "",
        ";",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/json; charset=latin1",
        null,
    ];

    private const string Alphabet = "{}[]\",:;0123456789eE.+-aéz\\ \n\r\t\u0000\uFEFF";

    /// <summary>One such request.</summary>
    public static Arbitrary<GeneratedPost> Posts() =>
        Gen.Zip(Gen.Elements("/predict", "/invocations"), Gen.Elements(ContentTypes))
            .SelectMany(p => Body().Select(body => new GeneratedPost(p.Item1, p.Item2, body)))
            .ToArbitrary();

    private static Gen<byte[]> Body() =>
        Gen.Frequency(
            (4, Gen.Choose(0, ValidJson.Length).Select(n => Utf8(ValidJson[..n]))),
            (4, Mutated(ValidJson)),
            (4, Mutated(Instances.Csv)),
            (3, Gen.ListOf(Gen.Elements(Fragments)).Select(f => Utf8(string.Concat(f)))),
            (3, Gen.ArrayOf(Gen.Elements(Alphabet.ToCharArray())).Select(c => Utf8(new string(c)))),
            (2, Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b))),
            (
                2,
                Gen.Choose(0, 40).Select(depth => Utf8("{\"instances\":" + new string('[', depth * 20) + new string(']', depth * 20) + "}"))
            ),
            (2, Gen.ListOf(Gen.Elements("sku", "bfcm", "\"a,b\"", "1e400", "NaN", "", "\"", "ELEC-001", "2025-01-01")).Select(Csv)),
            (1, Gen.Choose(999, 1_002).Select(n => Utf8(Instances.Body([.. Enumerable.Range(0, n).Select(_ => Instances.Valid())])))),
            (1, Gen.Choose(1, 3).Select(n => new byte[(1 << 20) + n])),
            (1, Gen.Constant(Array.Empty<byte>()))
        );

    /// <summary><paramref name="text"/> with a few characters replaced, inserted or deleted.</summary>
    private static Gen<byte[]> Mutated(string text) =>
        Gen.ListOf(Gen.Zip(Gen.Choose(0, text.Length - 1), Gen.Elements(Alphabet.ToCharArray())), 3)
            .SelectMany(edits =>
                Gen.Choose(0, 2)
                    .Select(kind =>
                    {
                        var builder = new StringBuilder(text);
                        foreach (var (at, c) in edits.OrderByDescending(e => e.Item1))
                        {
                            _ = kind switch
                            {
                                0 => builder.Remove(at, 1).Insert(at, c),
                                1 => builder.Insert(at, c),
                                _ => builder.Remove(at, 1),
                            };
                        }

                        return Utf8(builder.ToString());
                    })
            );

    private static byte[] Csv(IEnumerable<string> fields) => Utf8(string.Join("\n", fields.Chunk(4).Select(row => string.Join(",", row))));

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
