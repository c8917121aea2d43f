namespace AmazonSalesRegression.Engine.Running.StaticCharts;

/// <summary>The pixel size of a static chart image; the figure is laid out at exactly this size.</summary>
/// <param name="Width">Width in pixels (1 to 4096).</param>
/// <param name="Height">Height in pixels (1 to 4096).</param>
public readonly record struct ChartImageSize(int Width, int Height)
{
    /// <summary>900 × 500, wide enough for a notebook column on GitHub.</summary>
    public static ChartImageSize Default { get; } = new(900, 500);

    /// <summary>Throws when a side is outside 1 to 4096 pixels.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A side is out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Width, 1, nameof(Width));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Width, 4096, nameof(Width));
        ArgumentOutOfRangeException.ThrowIfLessThan(Height, 1, nameof(Height));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Height, 4096, nameof(Height));
    }
}
