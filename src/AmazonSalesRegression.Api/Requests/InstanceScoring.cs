using System.Globalization;
using AmazonSalesRegression.Scoring;
using AmazonSalesRegression.Scoring.Artifacts;

namespace AmazonSalesRegression.Api.Requests;

/// <summary>
/// Scores a batch, or refuses (422) the first instance the model cannot turn into finite numbers: a value outside a
/// transform's domain (the log of a price ≤ 0, log1p of a spend ≤ −1) names the factor's inputs; a prediction or
/// interval that overflows names the inputs responsible (<see cref="DemandScorer.OverflowCulprits"/>).
/// </summary>
internal static class InstanceScoring
{
    /// <summary>Fills <paramref name="scores"/> with one finite score per instance, or returns the 422 for the first that has none.</summary>
    public static RequestError? Score(DemandScorer scorer, InstanceBatch batch, Span<DemandScore> scores)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            var row = batch.Row(i);
            var score = scorer.Score(row);
            if (!score.IsValid)
            {
                var inputs = Inputs(scorer, scorer.FactorInputs(score.InvalidFactor));
                return RequestError
                    .Invalid(
                        $"{batch.Name(i)}: {scorer.FactorName(score.InvalidFactor)} cannot be computed from {Show(scorer, row, inputs)}."
                    )
                    .At(i, [.. inputs.Select(f => scorer.Features[f].Name)]);
            }

            if (!score.IsFinite)
            {
                var inputs = Inputs(scorer, scorer.OverflowCulprits(row));
                return RequestError
                    .Invalid(
                        $"{batch.Name(i)}: the prediction overflows with {Show(scorer, row, inputs)}, too far outside the training range to be "
                            + "scored; GET /version lists the ranges."
                    )
                    .At(i, [.. inputs.Select(f => scorer.Features[f].Name)]);
            }

            scores[i] = score;
        }

        return null;
    }

    private static int[] Inputs(DemandScorer scorer, ulong mask) =>
        [.. Enumerable.Range(0, scorer.Features.Count).Where(f => (mask & (1UL << f)) != 0)];

    private static string Show(DemandScorer scorer, ReadOnlySpan<double> row, int[] inputs)
    {
        if (inputs.Length == 0)
        {
            return "the given values";
        }

        var shown = new string[inputs.Length];
        for (var k = 0; k < inputs.Length; k++)
        {
            var spec = scorer.Features[inputs[k]];
            var value = row[inputs[k]];
            shown[k] = spec.Kind switch
            {
                FeatureKind.Number => $"{spec.Name} = {value.ToString("R", CultureInfo.InvariantCulture)}",
                FeatureKind.Date => $"{spec.Name} = {DateOnly.FromDayNumber((int)value):yyyy-MM-dd}",
                _ => $"{spec.Name} = '{spec.Categories[(int)value]}'",
            };
        }

        return string.Join(", ", shown);
    }
}
