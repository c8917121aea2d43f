using System.Reflection;

namespace AmazonSalesRegression.Engine.Directives;

/// <summary>
/// Lists of <see cref="PinnedPackage"/>s (<see cref="EngineOptions.NotebookPackages"/>): read from a host assembly's
/// metadata, looked up by name, and their versions compared as NuGet does.
/// </summary>
/// <remarks>
/// A host that builds its list from its central package versions can stamp it into its own assembly at build time as
/// <c>[AssemblyMetadata("NotebookPackage", "Name/Version")]</c>, one attribute a package, and read it back with
/// <see cref="FromAssemblyMetadata"/>, so that nothing needs the network or the repository at run time.
/// </remarks>
public static class PinnedPackages
{
    /// <summary>The <see cref="AssemblyMetadataAttribute.Key"/> of a stamped package, <c>NotebookPackage</c>.</summary>
    public const string MetadataKey = "NotebookPackage";

    /// <summary>The packages stamped into <paramref name="assembly"/> (see <see cref="MetadataKey"/>), ordered by name.</summary>
    public static IReadOnlyList<PinnedPackage> FromAssemblyMetadata(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .Where(a => a.Key == MetadataKey && a.Value is not null)
            .Select(a => a.Value!.Split('/', 2))
            .Select(parts => new PinnedPackage(parts[0], parts[1]))
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ToArray();
    }

    /// <summary>The package of <paramref name="packages"/> named <paramref name="name"/> (case-insensitive), or <see langword="null"/>.</summary>
    public static PinnedPackage? Find(IEnumerable<PinnedPackage> packages, string name) =>
        packages.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when two NuGet versions are equal after normalisation (<c>5.0</c> equals <c>5.0.0</c> and <c>5.0.0.0</c>).</summary>
    public static bool SameVersion(string left, string right) =>
        string.Equals(Normalize(left), Normalize(right), StringComparison.OrdinalIgnoreCase);

    private static string Normalize(string version)
    {
        var core = version.Trim();
        var metadata = core.IndexOf('+', StringComparison.Ordinal);
        if (metadata >= 0)
        {
            core = core[..metadata];
        }

        var dash = core.IndexOf('-', StringComparison.Ordinal);
        var label = dash >= 0 ? core[dash..] : string.Empty;
        var numbers = (dash >= 0 ? core[..dash] : core).Split('.').ToList();
        while (numbers.Count < 3)
        {
            numbers.Add("0");
        }

        if (numbers.Count == 4 && numbers[3] == "0")
        {
            numbers.RemoveAt(3);
        }

        return string.Join(
                '.',
                numbers.Select(n =>
                    int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                        ? value.ToString(CultureInfo.InvariantCulture)
                        : n
                )
            ) + label;
    }
}
