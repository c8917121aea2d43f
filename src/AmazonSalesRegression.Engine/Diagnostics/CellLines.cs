using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.CodeAnalysis;

namespace AmazonSalesRegression.Engine.Diagnostics;

/// <summary>
/// Finds the cell and line a stack frame of cell code belongs to. Cells are emitted without debug information
/// (writing a portable PDB for every submission costs about 2 ms a cell, most of a trivial cell's budget); the first
/// time a frame of a cell needs its line, that cell's compilation is emitted again with a PDB (see
/// <see cref="CellDebugInformation"/>).
/// </summary>
internal sealed class CellLines
{
    private readonly ConcurrentDictionary<string, CellDebugInformation> _cells = new(StringComparer.Ordinal);

    /// <summary>Records that the assembly named after <paramref name="compilation"/> holds the code of cell <paramref name="executionCount"/>.</summary>
    public void Register(Compilation compilation, int executionCount)
    {
        ArgumentNullException.ThrowIfNull(compilation.AssemblyName);
        _cells[compilation.AssemblyName] = new CellDebugInformation(compilation, executionCount);
    }

    /// <summary>Where <paramref name="frame"/> is in a cell, or <see langword="null"/> when it is not cell code or has no line.</summary>
    public CellLocation? Locate(StackFrame frame)
    {
        var method = frame.GetMethod();
        var assembly = method?.Module.Assembly.GetName().Name;
        if (method is null || assembly is null || !_cells.TryGetValue(assembly, out var cell))
        {
            return null;
        }

        var offset = frame.GetILOffset();
        return offset != StackFrame.OFFSET_UNKNOWN && cell.LineAt(method.MetadataToken, offset) is { } line
            ? new CellLocation(cell.ExecutionCount, line)
            : null;
    }
}

/// <summary>A place in a cell: its execution count and a 1-based line.</summary>
/// <param name="ExecutionCount">The cell's execution count.</param>
/// <param name="Line">The line in the cell, 1-based.</param>
internal readonly record struct CellLocation(int ExecutionCount, int Line);
