namespace AmazonSalesRegression.Engine.Scripting;

/// <summary>.NET Interactive's <c>value.Display()</c> extension, available in every cell.</summary>
public static class DisplayExtensions
{
    /// <summary>Shows <paramref name="value"/> in the running cell's output, optionally only as <paramref name="mimeTypes"/>.</summary>
    /// <exception cref="InvalidOperationException">Called outside a running notebook cell.</exception>
    public static DisplayHandle Display(this object? value, params string[] mimeTypes)
    {
        var cell = CellScope.Require();
        return new DisplayHandle(cell.Displays, cell.Displays.Show(cell, value, mimeTypes), mimeTypes);
    }
}
