namespace AmazonSalesRegression.Engine.Running.StaticCharts;

/// <summary>Renders Plotly figures to static PNG images.</summary>
public interface IChartImageRenderer
{
    /// <summary>
    /// Renders each figure (the JSON of a Plotly figure, <c>{"data": [...], "layout": {...}}</c>) to a PNG of exactly
    /// <paramref name="size"/>, in order. Given all figures at once, an implementation may batch them.
    /// </summary>
    /// <exception cref="ChartRenderException">No renderer is available, or rendering failed.</exception>
    Task<IReadOnlyList<byte[]>> RenderAsync(IReadOnlyList<string> figures, ChartImageSize size, CancellationToken cancellationToken);
}
