using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AmazonSalesRegression.Engine.Sessions;

/// <summary>
/// The load context of one session's cells: emits each cell's compilation (without debug information) and loads it,
/// resolves references between cells by assembly name and the assemblies of <c>#r</c> directives by file, and leaves
/// everything else (the framework, the reference roots and host assemblies, the engine) to the default context, so cells
/// and host share those types.
/// </summary>
internal sealed class CellAssemblies() : AssemblyLoadContext("notebook cells", isCollectible: false)
{
    private static readonly Lazy<HashSet<string>> s_platform = new(PlatformAssemblyNames);

    private readonly ConcurrentDictionary<string, Assembly> _cells = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _files = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Makes the assemblies at <paramref name="paths"/> (and files beside them) loadable by the cells that reference them.</summary>
    public void AddFiles(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            _files.TryAdd(Path.GetFileNameWithoutExtension(path), Path.GetFullPath(path));
        }
    }

    /// <summary>Emits and loads <paramref name="compilation"/>; compile errors come back instead of an entry point.</summary>
    public CompiledCell EmitAndLoad(CSharpCompilation compilation, CancellationToken cancellationToken)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image, cancellationToken: cancellationToken);
        if (!emitted.Success)
        {
            // Roslyn emits nothing, and reports no error, for a submission without code to run.
            return new CompiledCell(null, [.. emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)]);
        }

        image.Position = 0;
        var assembly = LoadFromStream(image);
        _cells[assembly.GetName().Name!] = assembly;
        var entryPoint =
            compilation.GetEntryPoint(cancellationToken) ?? throw new InvalidOperationException("A submission has no entry point.");
        var factory = assembly
            .GetType(entryPoint.ContainingType.MetadataName, throwOnError: true)!
            .GetMethod(entryPoint.MetadataName, BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)!;
        return new CompiledCell(factory.CreateDelegate<Func<object?[], Task<object?>>>(), []);
    }

    /// <inheritdoc/>
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var name = assemblyName.Name ?? string.Empty;
        if (_cells.TryGetValue(name, out var cell))
        {
            return cell;
        }

        if (s_platform.Value.Contains(name))
        {
            return null;
        }

        var file = _files.TryGetValue(name, out var path) ? path : Beside(name);
        return file is null ? null : LoadFromAssemblyPath(file);
    }

    // A dependency of a referenced file that was not referenced itself: looked for in the referenced files' folders.
    private string? Beside(string name) =>
        _files
            .Values.Select(Path.GetDirectoryName)
            .Distinct(StringComparer.Ordinal)
            .Select(folder => Path.Combine(folder ?? string.Empty, name + ".dll"))
            .FirstOrDefault(File.Exists);

    private static HashSet<string> PlatformAssemblyNames() =>
        new(
            ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(Path.GetFileNameWithoutExtension)
                .OfType<string>(),
            StringComparer.OrdinalIgnoreCase
        );
}
