using System.Text.Json;
using AmazonSalesRegression.Engine.Notebooks;

namespace AmazonSalesRegression.Engine.Running.StaticCharts;

/// <summary>
/// Gives every Plotly output of a freshly run notebook a static PNG, so the chart shows where no JavaScript runs
/// (GitHub's notebook view). An image already in the notebook file being overwritten is reused when it was rendered
/// from a figure with the same hash at the same size; only the other figures go to the renderer, all in one call.
/// When rendering is impossible the outputs stay without images and the report carries one warning.
/// </summary>
internal static class ChartImageAttacher
{
    /// <summary><paramref name="fresh"/> with images, and what was rendered, reused or left out.</summary>
    public static async Task<(Notebook Notebook, ChartImageReport Report)> AttachAsync(
        Notebook committed,
        Notebook fresh,
        IChartImageRenderer renderer,
        ChartImageSize size,
        CancellationToken cancellationToken
    )
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var output in committed.Cells.SelectMany(c => c.Outputs))
        {
            if (ChartImageOutputs.ImageOf(output) is { } image && image.Size == size)
            {
                known.TryAdd(image.FigureHash, image.Base64);
            }
        }

        var charts = new List<(int Cell, int Output, string Hash)>();
        var pending = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var c = 0; c < fresh.Cells.Count; c++)
        {
            for (var o = 0; o < fresh.Cells[c].Outputs.Count; o++)
            {
                var output = fresh.Cells[c].Outputs[o];
                if (ChartImageOutputs.FigureHashOf(output) is not { } hash)
                {
                    continue;
                }

                charts.Add((c, o, hash));
                if (!known.ContainsKey(hash) && !pending.ContainsKey(hash))
                {
                    var figure = ChartImageOutputs.Bundle(output)!.Value.Data[Formatting.MimeTypes.PlotlyJson];
                    pending[hash] = figure.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
                }
            }
        }

        if (charts.Count == 0)
        {
            return (fresh, ChartImageReport.None);
        }

        var reused = charts.Count(chart => known.ContainsKey(chart.Hash));
        var warning = await RenderAsync(renderer, pending, known, size, cancellationToken).ConfigureAwait(false);
        var cells = fresh.Cells.ToArray();
        foreach (var group in charts.Where(chart => known.ContainsKey(chart.Hash)).GroupBy(chart => chart.Cell))
        {
            var outputs = cells[group.Key].Outputs.ToArray();
            foreach (var chart in group)
            {
                outputs[chart.Output] = ChartImageOutputs.WithImage(outputs[chart.Output], known[chart.Hash], chart.Hash, size);
            }

            cells[group.Key] = cells[group.Key] with { Outputs = outputs };
        }

        var missing = charts.Count(chart => !known.ContainsKey(chart.Hash));
        var rendered = charts.Count - reused - missing;
        return (fresh with { Cells = cells }, new ChartImageReport(rendered, reused, missing, missing > 0 ? warning : null));
    }

    private static async Task<string?> RenderAsync(
        IChartImageRenderer renderer,
        Dictionary<string, string> pending,
        Dictionary<string, string> known,
        ChartImageSize size,
        CancellationToken cancellationToken
    )
    {
        if (pending.Count == 0)
        {
            return null;
        }

        try
        {
            var images = await renderer.RenderAsync(pending.Values.ToArray(), size, cancellationToken).ConfigureAwait(false);
            foreach (var (hash, image) in pending.Keys.Zip(images))
            {
                known[hash] = Convert.ToBase64String(image);
            }

            return null;
        }
        catch (ChartRenderException e)
        {
            return $"{pending.Count.ToString(CultureInfo.InvariantCulture)} chart image(s) not rendered; the charts keep no image/png. {e.Message}";
        }
    }
}
