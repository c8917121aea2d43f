using AmazonSalesRegression.Engine.Output;

namespace AmazonSalesRegression.Engine.Scripting;

/// <summary>Finds the running cell for the cell-facing helpers.</summary>
internal static class CellScope
{
    /// <summary>The cell on the current async flow.</summary>
    /// <exception cref="InvalidOperationException">There is none: the helper was called by host code.</exception>
    public static CellContext Require() =>
        CellContext.Current ?? throw new InvalidOperationException("Notebook display helpers work only while a notebook cell runs.");
}
