using System.Globalization;
using System.Text;
using AmazonSalesRegression.Scoring.Artifacts;
using FsCheck;
using FsCheck.Fluent;

namespace AmazonSalesRegression.Api.Tests;

/// <summary>
/// Requests of well-formed shape (every feature of the committed model once) whose values are drawn from the edges:
/// extreme doubles (±1e308, ±5e-324, literals such as 1e400 that no double holds), NaN and infinity as strings,
/// non-positive prices and spends, flags far from 0/1, unknown categories, dates at the ends of the calendar, and
/// ordinary values; as JSON or as CSV, to <c>/predict</c> or <c>/invocations</c>.
/// </summary>
internal static class InstanceGen
{
    private static readonly IReadOnlyList<FeatureSpec> Features = ModelArtifactFile.Read(ServiceHost.CommittedModel).Artifact.Features;

    private static readonly string[] EdgeNumbers =
    [
        "1e308",
        "-1e308",
        "1.7976931348623157e308",
        "-1.7976931348623157e308",
        "5e-324",
        "-5e-324",
        "1e-300",
        "-1e-300",
        "0",
        "-0",
        "1",
        "-1",
        "2",
        "0.5",
        "1.0000000001",
        "0.9999999",
        "-0.999999",
        "1e15",
        "-1e15",
        "1e400",
        "-1e400",
        "true",
        "false",
        "\"NaN\"",
        "\"Infinity\"",
        "\"1e400\"",
        "\"-Infinity\"",
    ];

    /// <summary>One to three such instances, sent as JSON or CSV to either prediction path.</summary>
    public static Arbitrary<GeneratedPost> Posts() =>
        Gen.Choose(1, 3)
            .SelectMany(n => Gen.ArrayOf(Instance(), n))
            .SelectMany(instances =>
                Gen.Elements("/predict", "/invocations")
                    .SelectMany(path =>
                        Gen.Elements(true, false)
                            .Select(csv =>
                                csv
                                    ? new GeneratedPost(path, "text/csv", Encoding.UTF8.GetBytes(Csv(instances)))
                                    : new GeneratedPost(path, "application/json", Encoding.UTF8.GetBytes(Json(instances)))
                            )
                    )
            )
            .ToArbitrary();

    /// <summary>One token per feature, as JSON text (strings quoted): up to three from the edges, the others ordinary.</summary>
    private static Gen<string[]> Instance() =>
        Gen.Choose(0, 3)
            .SelectMany(n => Gen.ArrayOf(Gen.Choose(0, Features.Count - 1), n))
            .SelectMany(edges => Gen.CollectToArray(Features.Select((spec, f) => edges.Contains(f) ? Edge(spec) : Ordinary(spec))));

    private static Gen<string> Ordinary(FeatureSpec spec) =>
        spec.Kind switch
        {
            FeatureKind.Number when spec is { Min: 0, Max: 1 } => Gen.Elements("0", "1"),
            FeatureKind.Number => Gen.Choose(0, 1000).Select(k => Format(spec.Min + (spec.Max - spec.Min) * k / 1000)),
            FeatureKind.Category => Gen.Elements<string>(spec.Categories).Select(Quote),
            _ => Gen.Choose((int)spec.Min, (int)spec.Max).Select(d => Quote(Day(d))),
        };

    private static Gen<string> Edge(FeatureSpec spec) =>
        spec.Kind switch
        {
            FeatureKind.Number => Gen.Frequency(
                (3, Gen.Elements(EdgeNumbers)),
                (2, Gen.Zip(Gen.Choose(-99_999, 99_999), Gen.Choose(-330, 310)).Select(p => p.Item1 + "e" + p.Item2))
            ),
            FeatureKind.Category => Gen.Elements(
                    "",
                    "ELEC-999",
                    "electronics",
                    "Home &amp; Kitchen",
                    "😀",
                    "a,b",
                    "x\"y",
                    "7",
                    "null",
                    "[]",
                    "{}"
                )
                .Select(v => v is "7" or "null" or "[]" or "{}" ? v : Quote(v)),
            _ => Gen.Frequency(
                (2, Gen.Elements("0001-01-01", "9999-12-31", "2025-02-29", "2024-02-29", "24-01-01", "").Select(Quote)),
                (3, Gen.Choose(1, 3_652_058).Select(d => Quote(Day(d))))
            ),
        };

    private static string Json(string[][] instances) =>
        "{\"instances\":["
        + string.Join(",", instances.Select(i => "{" + string.Join(",", i.Select((v, f) => $"\"{Features[f].Name}\":{v}")) + "}"))
        + "]}";

    private static string Csv(string[][] instances)
    {
        var rows = instances.Select(i => string.Join(",", i.Select(CsvField)));
        return string.Join("\n", rows.Prepend(string.Join(",", Features.Select(f => f.Name)))) + "\n";
    }

    /// <summary>A JSON token as a CSV field: strings unquoted then CSV-quoted when needed.</summary>
    private static string CsvField(string token)
    {
        var text = token.StartsWith('"') ? token[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal) : token;
        return text.IndexOfAny([',', '"']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    private static string Quote(string text) => "\"" + text.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Day(int dayNumber) => DateOnly.FromDayNumber(dayNumber).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
