using System.Text.RegularExpressions;

namespace AmazonSalesRegression.Cli.Tests.Architecture;

/// <summary>
/// Within each production project, the namespaces that files import (<c>using</c> directives of the project's own
/// namespaces) form no cycle: one of two namespaces that need each other should be merged or split differently.
/// </summary>
public sealed partial class NamespaceCycleTests
{
    public static TheoryData<string> Projects => [.. ProjectGraph.References.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Projects))]
    public void The_namespaces_of_a_project_import_each_other_without_a_cycle(string project)
    {
        // Given the project's files, their namespaces and the project's namespaces they import
        var files = Directory
            .GetFiles(Repository.Path("src", project), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .Select(text =>
                (
                    Namespace: NamespaceDeclaration().Match(text).Groups[1].Value,
                    Imports: UsingDirective().Matches(text).Select(m => m.Groups[1].Value)
                )
            )
            .Where(file => file.Namespace.Length > 0)
            .ToList();
        var own = files.Select(f => f.Namespace).ToHashSet(StringComparer.Ordinal);
        var edges = own.ToDictionary(
            ns => ns,
            ns =>
                files
                    .Where(f => f.Namespace == ns)
                    .SelectMany(f => f.Imports)
                    .Where(i => own.Contains(i) && i != ns)
                    .ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal
        );

        // When every namespace's imports are followed / Then none leads back to it
        var cycles = own.Where(ns => Reaches(edges, ns)).Order(StringComparer.Ordinal).ToList();
        Assert.Empty(cycles);
    }

    private static bool Reaches(Dictionary<string, HashSet<string>> edges, string start)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(edges[start]);
        while (pending.TryPop(out var next))
        {
            if (next == start)
            {
                return true;
            }

            if (seen.Add(next))
            {
                foreach (var further in edges[next])
                {
                    pending.Push(further);
                }
            }
        }

        return false;
    }

    [GeneratedRegex(@"^namespace ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"^using ([\w.]+);", RegexOptions.Multiline)]
    private static partial Regex UsingDirective();
}
