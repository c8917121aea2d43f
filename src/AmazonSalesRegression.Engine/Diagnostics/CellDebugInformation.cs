using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;

namespace AmazonSalesRegression.Engine.Diagnostics;

/// <summary>
/// The sequence points of one cell's compiled code, produced on first use by emitting the cell's compilation again
/// with a portable PDB. Roslyn emits identical IL for a compilation with or without a PDB (and for repeated emits of
/// one compilation), so the IL offsets of the code that ran index this PDB.
/// </summary>
/// <remarks>
/// A frame's line is that of the last visible sequence point at or before its IL offset, the rule the runtime applies
/// when it reads a PDB for <see cref="System.Diagnostics.StackTrace"/>.
/// </remarks>
internal sealed class CellDebugInformation(Compilation compilation, int executionCount)
{
    private readonly Lazy<MetadataReaderProvider?> _pdb = new(() => EmitPdb(compilation));

    /// <summary>The execution count of the cell.</summary>
    public int ExecutionCount => executionCount;

    /// <summary>The 1-based line of IL offset <paramref name="ilOffset"/> in method <paramref name="methodToken"/>, if known.</summary>
    public int? LineAt(int methodToken, int ilOffset)
    {
        var reader = _pdb.Value?.GetMetadataReader();
        if (reader is null || MetadataTokens.EntityHandle(methodToken) is not { Kind: HandleKind.MethodDefinition } handle)
        {
            return null;
        }

        int? line = null;
        foreach (var point in reader.GetMethodDebugInformation((MethodDefinitionHandle)handle).GetSequencePoints())
        {
            if (point.Offset > ilOffset)
            {
                break;
            }

            if (!point.IsHidden)
            {
                line = point.StartLine;
            }
        }

        return line;
    }

    private static MetadataReaderProvider? EmitPdb(Compilation compilation)
    {
        using var image = new MemoryStream();
        var pdb = new MemoryStream();
        var result = compilation.Emit(image, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        if (!result.Success)
        {
            pdb.Dispose();
            return null;
        }

        pdb.Position = 0;
        return MetadataReaderProvider.FromPortablePdbStream(pdb, MetadataStreamOptions.PrefetchMetadata);
    }
}
