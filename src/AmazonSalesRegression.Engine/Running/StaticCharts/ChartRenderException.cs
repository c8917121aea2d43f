namespace AmazonSalesRegression.Engine.Running.StaticCharts;

/// <summary>A chart could not be rendered to an image: no browser was found, or the browser failed or timed out.</summary>
public sealed class ChartRenderException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ChartRenderException() { }

    /// <summary>Creates the exception with a message.</summary>
    public ChartRenderException(string message)
        : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public ChartRenderException(string message, Exception innerException)
        : base(message, innerException) { }
}
