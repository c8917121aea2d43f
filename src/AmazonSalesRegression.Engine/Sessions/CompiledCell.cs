using Microsoft.CodeAnalysis;

namespace AmazonSalesRegression.Engine.Sessions;

/// <summary>A cell after emit and load: the entry point to run, or the compile errors that stopped it.</summary>
/// <param name="Run">
/// The submission's factory: given the submission array, it creates the cell's object in its slot and runs the cell's
/// code. <see langword="null"/> when the cell has nothing to run (only usings or comments) or did not compile.
/// </param>
/// <param name="Errors">The compile errors; empty when the cell compiled.</param>
internal sealed record CompiledCell(Func<object?[], Task<object?>>? Run, IReadOnlyList<Diagnostic> Errors);
