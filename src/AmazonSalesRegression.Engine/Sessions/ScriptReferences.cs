using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;

namespace AmazonSalesRegression.Engine.Sessions;

/// <summary>
/// What every cell compiles against, built once per process and shared by all sessions (loading metadata is the
/// expensive part of a first compile): the .NET runtime's own assemblies (the trusted platform assemblies of the
/// shared framework), the course library with the closure of its packages (MathNet.Numerics, Microsoft.Data.Analysis,
/// Deedle, FSharp.Core, Plotly.NET and their dependencies), and the engine (for the cell globals).
/// References carry XML documentation where a file sits next to the assembly or in the SDK's reference pack, so
/// completion and inspection can show doc comments.
/// </summary>
internal static class ScriptReferences
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> s_default = new(Build);

    /// <summary>The namespaces every cell imports.</summary>
    /// <remarks>
    /// Deedle is not imported: its <c>Frame</c> clashes with Plotly.NET's and its <c>Lookup</c> with System.Linq's;
    /// cells that use it write <c>using Deedle;</c> and qualify the clashing names.
    /// </remarks>
    public static IReadOnlyList<string> DefaultImports { get; } =
    [
        "System",
        "System.Linq",
        "System.Collections.Generic",
        "System.Threading.Tasks",
        "System.IO",
        "System.Text",
        "MathNet.Numerics.LinearAlgebra",
        "Microsoft.Data.Analysis",
        "Plotly.NET",
        "AmazonSalesRegression.Data",
        "AmazonSalesRegression.Engine.Scripting",
    ];

    /// <summary>The shared references.</summary>
    public static IReadOnlyList<MetadataReference> Default => s_default.Value;

    /// <summary>A reference to the assembly at <paramref name="path"/>, with its XML documentation when present.</summary>
    public static MetadataReference FromFile(string path, string? documentationPath = null)
    {
        var xml = documentationPath ?? Path.ChangeExtension(path, ".xml");
        return MetadataReference.CreateFromFile(
            path,
            documentation: File.Exists(xml) ? XmlDocumentationProvider.CreateFromFile(xml) : null
        );
    }

    private static IReadOnlyList<MetadataReference> Build()
    {
        var runtimeDirectory = Path.TrimEndingDirectorySeparator(RuntimeEnvironment.GetRuntimeDirectory());
        var referencePack = FindReferencePack(runtimeDirectory);
        var framework = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => string.Equals(Path.GetDirectoryName(path), runtimeDirectory, StringComparison.Ordinal))
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(path => FromFile(path, FrameworkDocumentation(referencePack, path)));

        var packages = PackageClosure(runtimeDirectory).Select(assembly => FromFile(assembly.Location));
        return [.. framework, .. packages, FromFile(typeof(ScriptReferences).Assembly.Location)];
    }

    /// <summary>The course library and the assemblies it and the charting package depend on, outside the shared framework.</summary>
    private static IEnumerable<Assembly> PackageClosure(string runtimeDirectory)
    {
        var roots = new[]
        {
            typeof(CoursePaths).Assembly,
            typeof(MathNet.Numerics.LinearAlgebra.Matrix<>).Assembly,
            typeof(Microsoft.Data.Analysis.DataFrame).Assembly,
            typeof(Deedle.Frame).Assembly,
            typeof(Microsoft.FSharp.Core.FSharpOption<>).Assembly,
            typeof(Plotly.NET.GenericChart).Assembly,
        };

        var seen = new Dictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<Assembly>(roots);
        while (pending.TryPop(out var assembly))
        {
            if (
                string.IsNullOrEmpty(assembly.Location)
                || string.Equals(Path.GetDirectoryName(assembly.Location), runtimeDirectory, StringComparison.Ordinal)
                || !seen.TryAdd(assembly.GetName().Name!, assembly)
            )
            {
                continue;
            }

            foreach (var name in assembly.GetReferencedAssemblies())
            {
                if (TryLoad(name) is { } dependency)
                {
                    pending.Push(dependency);
                }
            }
        }

        return seen.Values.OrderBy(a => a.GetName().Name, StringComparer.Ordinal);
    }

    private static Assembly? TryLoad(AssemblyName name)
    {
        try
        {
            return Assembly.Load(name);
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            return null;
        }
    }

    /// <summary>The SDK's <c>packs/Microsoft.NETCore.App.Ref/&lt;version&gt;/ref/net&lt;major&gt;.0</c> folder, which holds the framework's XML docs.</summary>
    private static string? FindReferencePack(string runtimeDirectory)
    {
        var version = Path.GetFileName(runtimeDirectory);
        var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        if (!Directory.Exists(packs))
        {
            return null;
        }

        var major = version.Split('.')[0];
        var candidates = Directory
            .GetDirectories(packs)
            .Where(d => Path.GetFileName(d).Split('.')[0] == major)
            .OrderByDescending(d => Path.GetFileName(d) == version)
            .ThenByDescending(d => Path.GetFileName(d), StringComparer.Ordinal);
        return candidates.Select(d => Path.Combine(d, "ref", $"net{major}.0")).FirstOrDefault(Directory.Exists);
    }

    private static string? FrameworkDocumentation(string? referencePack, string assemblyPath)
    {
        if (referencePack is null)
        {
            return null;
        }

        var name = Path.GetFileNameWithoutExtension(assemblyPath);
        return Path.Combine(referencePack, (name == "System.Private.CoreLib" ? "System.Runtime" : name) + ".xml");
    }
}
