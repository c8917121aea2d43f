using System.Reflection;

namespace AmazonSalesRegression.Engine.Directives;

/// <summary>
/// The packages <c>#r "nuget: …"</c> accepts: the engine's <c>NotebookPackage</c> items with the versions from
/// <c>Directory.Packages.props</c>, stamped into this assembly at build time as
/// <c>[AssemblyMetadata("NotebookPackage", "Name/Version")]</c> (see the engine's project file).
/// </summary>
public static class PinnedPackages
{
    private const string MetadataKey = "NotebookPackage";

    /// <summary>The pinned packages, ordered by name.</summary>
    public static IReadOnlyList<PinnedPackage> All { get; } =
        typeof(PinnedPackages)
            .Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Where(a => a.Key == MetadataKey && a.Value is not null)
            .Select(a => a.Value!.Split('/', 2))
            .Select(parts => new PinnedPackage(parts[0], parts[1]))
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ToArray();

    /// <summary>The pinned package named <paramref name="name"/> (case-insensitive), or <see langword="null"/>.</summary>
    public static PinnedPackage? Find(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

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
