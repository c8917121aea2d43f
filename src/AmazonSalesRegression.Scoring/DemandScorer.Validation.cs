using AmazonSalesRegression.Scoring.Artifacts;

namespace AmazonSalesRegression.Scoring;

public sealed partial class DemandScorer
{
    /// <summary>
    /// Checks what a scorer indexes by name or feeds to the t distribution, so that a damaged artifact is a
    /// <see cref="ModelArtifactException"/> instead of a crash: distinct input names, distinct categories per input,
    /// known input kinds, at least one residual degree of freedom and a finite, non-negative residual variance.
    /// </summary>
    /// <exception cref="ModelArtifactException">One of these does not hold; the field is named.</exception>
    private static void Validate(ModelArtifact artifact, string source)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < artifact.Features.Count; i++)
        {
            var feature = artifact.Features[i];
            var field = $"$.content.features[{i}]";
            if (!names.Add(feature.Name))
            {
                throw new ModelArtifactException(source, field + ".name", $"the input '{feature.Name}' is listed twice");
            }

            if (!Enum.IsDefined(feature.Kind))
            {
                throw new ModelArtifactException(source, field + ".kind", $"unknown kind {(int)feature.Kind}");
            }

            if (feature.Categories.Distinct(StringComparer.Ordinal).Count() != feature.Categories.Count)
            {
                throw new ModelArtifactException(source, field + ".categories", "a category is listed twice");
            }
        }

        if (artifact.Interval.DegreesOfFreedom < 1)
        {
            throw new ModelArtifactException(
                source,
                "$.content.interval.degreesOfFreedom",
                $"must be at least 1, found {artifact.Interval.DegreesOfFreedom}"
            );
        }

        if (!double.IsFinite(artifact.Interval.ResidualVariance) || artifact.Interval.ResidualVariance < 0)
        {
            throw new ModelArtifactException(source, "$.content.interval.residualVariance", "must be a finite number ≥ 0");
        }
    }
}
