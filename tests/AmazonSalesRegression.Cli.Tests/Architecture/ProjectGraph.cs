using System.Xml.Linq;

namespace AmazonSalesRegression.Cli.Tests.Architecture;

/// <summary>The production projects under <c>src/</c> and the projects each one references, read from the project files.</summary>
internal static class ProjectGraph
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> References { get; } = Read();

    public static IReadOnlyList<string> PackagesOf(string project) =>
        [
            .. XDocument
                .Load(Repository.Path("src", project, project + ".csproj"))
                .Descendants("PackageReference")
                .Select(p => (string)p.Attribute("Include")!),
        ];

    /// <summary>Every project <paramref name="project"/> depends on, directly or through others.</summary>
    public static IReadOnlySet<string> Closure(string project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var next))
        {
            foreach (var reference in References[next])
            {
                if (seen.Add(reference))
                {
                    pending.Push(reference);
                }
            }
        }

        return seen;
    }

    private static Dictionary<string, IReadOnlyList<string>> Read() =>
        Directory
            .GetFiles(Repository.Path("src"), "*.csproj", SearchOption.AllDirectories)
            .ToDictionary(
                path => Path.GetFileNameWithoutExtension(path),
                path =>
                    (IReadOnlyList<string>)
                        [
                            .. XDocument
                                .Load(path)
                                .Descendants("ProjectReference")
                                .Select(r => Path.GetFileNameWithoutExtension(((string)r.Attribute("Include")!).Replace('\\', '/'))),
                        ],
                StringComparer.Ordinal
            );
}
