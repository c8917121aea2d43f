using AmazonSalesRegression.Scoring.Artifacts;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AmazonSalesRegression.Scoring.Tests.Properties;

/// <summary>
/// Loading a model (reading and verifying the file, then building its scorer, as the service does) either succeeds or
/// throws a <see cref="ModelArtifactException"/> naming the file, whatever was changed in it.
/// </summary>
public sealed class ModelArtifactLoadingProperties
{
    private const string Source = "models/mutated.json";

    private static readonly string[] Replacements =
    [
        "null",
        "true",
        "\"\"",
        "\"text\"",
        "\"NaN\"",
        "\"Infinity\"",
        "0",
        "-1",
        "1.5",
        "1e308",
        "-1e308",
        "1e400",
        "2147483648",
        "-2147483649",
        "[]",
        "{}",
        "[1,2,3]",
        "[\"a\",\"a\"]",
        "{\"x\":1}",
        "\"2025-13-45\"",
        "\"Number\"",
        "\"Category\"",
        "\"Date\"",
        "7",
        "\"log(units_sold) ~ x\"",
        "\"y ~ ((((\"",
        "[-1]",
        "[0,0,0]",
        "123456789012",
    ];

    private static Gen<ArtifactMutation> Mutations =>
        Gen.Frequency(
            (
                8,
                from shape in Gen.Choose(0, 100_000)
                from node in Gen.Choose(0, 100_000)
                from kind in Gen.Elements("replace", "replace", "delete", "duplicate", "duplicate", "extra")
                from replacement in Gen.Elements(Replacements)
                from resign in Gen.Frequency((9, Gen.Constant(true)), (1, Gen.Constant(false)))
                select (ArtifactMutation)new ContentMutation(shape, node, kind, replacement, resign)
            ),
            (
                1,
                from format in Gen.Elements("\"amazon-sales-regression/model\"", "\"other\"", "1", "null")
                from version in Gen.Elements("1", "0", "2", "\"1\"", "1.5", "null", "99999999999", "-1")
                from sha in Gen.Elements<string?>(null, "", "abc", new string('f', 64), "A0AAB85D")
                select (ArtifactMutation)new EnvelopeMutation(format, version, sha)
            ),
            (
                2,
                from cut in Gen.Choose(0, 200_000)
                from flips in Gen.Choose(0, 200_000).ArrayOf().Resize(3)
                from value in Gen.Elements<byte>(0x01, 0x20, 0x80, 0xFF, 0x22, 0x7B)
                select (ArtifactMutation)new ByteMutation(cut, flips, value)
            )
        );

    [Property(MaxTest = 400, Replay = "(433494437,2971215073)")]
    public Property A_mutated_artifact_loads_or_fails_with_a_model_artifact_error() =>
        Prop.ForAll(
            Mutations.ToArbitrary(),
            mutation =>
            {
                // Given a valid artifact with one change (usually re-signed, so the content checks are reached)
                var bytes = mutation.Apply();

                // When the service's loading steps run / Then only a ModelArtifactException naming the file escapes
                OnlyExpected.Throws<ModelArtifactException>(() => Load(bytes), e => e.File == Source && e.Problem.Length > 0);
            }
        );

    [Fact]
    public void The_unchanged_artifact_loads()
    {
        // Given the committed artifact re-enveloped by the mutation helper / When it is loaded / Then it scores
        var scorer = Load(ArtifactMutation.Envelope(ArtifactMutation.ContentText));
        Assert.NotEmpty(scorer.Features);
    }

    private static DemandScorer Load(byte[] bytes) =>
        DemandScorer.Create(ModelArtifactFile.Read(bytes, Source).Artifact, DemandModelFile.IntervalLevel, Source);
}
