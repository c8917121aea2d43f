namespace AmazonSalesRegression.Engine.Running.StaticCharts;

/// <summary>What the runner did about static images of the Plotly charts in one notebook run.</summary>
/// <param name="Rendered">Images rendered by the browser in this run.</param>
/// <param name="Reused">Images copied from the notebook file being overwritten (same figure hash and size).</param>
/// <param name="Missing">Charts left without an image because rendering was not possible.</param>
/// <param name="Warning">Why images are missing (said once per run), or <see langword="null"/>.</param>
public sealed record ChartImageReport(int Rendered, int Reused, int Missing, string? Warning)
{
    /// <summary>Nothing rendered, reused or missing.</summary>
    public static ChartImageReport None { get; } = new(0, 0, 0, null);
}
