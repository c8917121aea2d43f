using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;

namespace AmazonSalesRegression.Engine.Sessions;

/// <summary>
/// What every cell compiles against: the .NET runtime's own assemblies (the trusted platform assemblies of the shared
/// framework), the closure of the session's reference roots outside the shared framework
/// (<see cref="EngineOptions.ReferenceRoots"/> and <see cref="EngineOptions.HostAssemblies"/>), and the engine (for the
/// cell globals). Each assembly's metadata is loaded once per process and shared by all sessions (loading metadata is
/// the expensive part of a first compile), and so is the list for one set of roots.
/// References carry XML documentation where a file sits next to the assembly or in the SDK's reference pack, so
/// completion and inspection can show doc comments.
/// </summary>
internal static class ScriptReferences
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> s_framework = new(Framework);
    private static readonly ConcurrentDictionary<string, MetadataReference> s_files = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, IReadOnlyList<MetadataReference>> s_lists = new(StringComparer.Ordinal);

    /// <summary>The references of a session with <paramref name="options"/>.</summary>
    public static IReadOnlyList<MetadataReference> For(EngineOptions options)
    {
        var roots = options.ReferenceRoots.Concat(options.HostAssemblies).Distinct().ToArray();
        var key = string.Join('\n', roots.Select(r => r.Location + "|" + r.FullName).Order(StringComparer.Ordinal));
        return s_lists.GetOrAdd(key, _ => Build(roots));
    }

    /// <summary>A reference to the assembly at <paramref name="path"/>, with its XML documentation when present.</summary>
    public static MetadataReference FromFile(string path, string? documentationPath = null)
    {
        var xml = documentationPath ?? Path.ChangeExtension(path, ".xml");
        return MetadataReference.CreateFromFile(
            path,
            documentation: File.Exists(xml) ? XmlDocumentationProvider.CreateFromFile(xml) : null
        );
    }

    private static IReadOnlyList<MetadataReference> Build(IReadOnlyList<Assembly> roots)
    {
        var closure = Closure(roots, RuntimeDirectory()).Select(assembly => Shared(assembly.Location));
        return [.. s_framework.Value, .. closure, Shared(typeof(ScriptReferences).Assembly.Location)];
    }

    private static MetadataReference Shared(string path) => s_files.GetOrAdd(path, p => FromFile(p));

    private static string RuntimeDirectory() => Path.TrimEndingDirectorySeparator(RuntimeEnvironment.GetRuntimeDirectory());

    private static IReadOnlyList<MetadataReference> Framework()
    {
        var runtimeDirectory = RuntimeDirectory();
        var referencePack = FindReferencePack(runtimeDirectory);
        return ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => string.Equals(Path.GetDirectoryName(path), runtimeDirectory, StringComparison.Ordinal))
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(path => FromFile(path, FrameworkDocumentation(referencePack, path)))
            .ToArray();
    }

    /// <summary><paramref name="roots"/> and the assemblies they depend on, outside the shared framework, ordered by name.</summary>
    private static IEnumerable<Assembly> Closure(IEnumerable<Assembly> roots, string runtimeDirectory)
    {
        var seen = new Dictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<Assembly>(roots);
        while (pending.TryPop(out var assembly))
        {
            if (
                string.IsNullOrEmpty(assembly.Location)
                || string.Equals(Path.GetDirectoryName(assembly.Location), runtimeDirectory, StringComparison.Ordinal)
                || assembly == typeof(ScriptReferences).Assembly
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
