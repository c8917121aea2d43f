using AmazonSalesRegression.Engine.Notebooks;

namespace AmazonSalesRegression.Engine.Running.StaticCharts;

/// <summary>
/// Finds committed chart images that no longer show their chart: an <c>image/png</c> whose recorded figure hash differs
/// from the hash of the output's Plotly figure, as committed or as the code now produces it. Only hashes are compared;
/// image bytes never are (they depend on the browser and its fonts), and no browser is started.
/// </summary>
internal static class StaleChartImages
{
    /// <summary>The first stale image among <paramref name="committed"/>, or <see langword="null"/>.</summary>
    /// <param name="committed">The cell's outputs in the file.</param>
    /// <param name="fresh">The cell's outputs from the check's own run.</param>
    /// <param name="rerunHint">What the message tells the author to do (<see cref="Prose.NotebookConventions.RerunHint"/>).</param>
    public static (int OutputIndex, string Description, string Expected, string? Actual)? FirstStale(
        IReadOnlyList<NotebookOutput> committed,
        IReadOnlyList<NotebookOutput> fresh,
        string rerunHint
    )
    {
        for (var i = 0; i < committed.Count; i++)
        {
            if (ChartImageOutputs.ImageOf(committed[i]) is not { } image)
            {
                continue;
            }

            var current = i < fresh.Count ? ChartImageOutputs.FigureHashOf(fresh[i]) : null;
            var stored = ChartImageOutputs.FigureHashOf(committed[i]);
            if (stored != image.FigureHash || (current is not null && current != image.FigureHash))
            {
                var index = i.ToString(CultureInfo.InvariantCulture);
                return (
                    i,
                    $"output {index}: the committed image/png is stale (rendered from another figure); {rerunHint} to render it again",
                    $"{ChartImageOutputs.FigureHashKey} {image.FigureHash}",
                    (stored != image.FigureHash ? stored : current) is { } hash ? $"figure sha256 {hash}" : "no Plotly figure"
                );
            }
        }

        return null;
    }
}
