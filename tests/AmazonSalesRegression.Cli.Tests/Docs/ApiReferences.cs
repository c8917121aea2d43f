using System.Reflection;
using System.Text.RegularExpressions;

namespace AmazonSalesRegression.Cli.Tests.Docs;

/// <summary>
/// API references in prose: inline code that names a course project, namespace, type or member, either fully qualified
/// (<c>AmazonSalesRegression.Regression.Ols.Fit</c>) or as <c>Type.Member</c> with a course type (<c>Ols.Fit(...)</c>).
/// </summary>
internal static partial class ApiReferences
{
    private static readonly Assembly[] s_assemblies =
    [
        typeof(Numerics.DoubleDouble).Assembly,
        typeof(Regression.Ols).Assembly,
        typeof(Scoring.DemandScorer).Assembly,
        typeof(CoursePaths).Assembly,
        typeof(Engine.NotebookSessions).Assembly,
        typeof(CourseCli).Assembly,
    ];

    private static readonly Type[] s_types = [.. s_assemblies.SelectMany(a => a.GetExportedTypes())];

    /// <summary>The references in <paramref name="markdown"/> that name no public course namespace, type or member.</summary>
    public static IEnumerable<string> Unresolved(string markdown)
    {
        foreach (Match span in InlineCode().Matches(markdown))
        {
            var code = span.Groups["code"].Value.Trim();
            var qualified = Qualified().Match(code);
            if (qualified.Success && !ResolvesQualified(qualified.Groups["name"].Value))
            {
                yield return code;
                continue;
            }

            var member = TypeMember().Match(code);
            if (!qualified.Success && member.Success && !ResolvesMember(member.Groups["type"].Value, member.Groups["member"].Value))
            {
                yield return code;
            }
        }
    }

    private static bool ResolvesQualified(string name)
    {
        if (Directory.Exists(Path.Combine(DocumentSet.Root, "src", name)) || Directory.Exists(Path.Combine(DocumentSet.Root, "tests", name)))
        {
            return true; // a project's name
        }

        if (s_types.Any(t => t.Namespace is { } ns && (ns == name || ns.StartsWith(name + ".", StringComparison.Ordinal))))
        {
            return true;
        }

        var type = s_types.FirstOrDefault(t => FullName(t) == name);
        if (type is not null)
        {
            return true;
        }

        var dot = name.LastIndexOf('.');
        return dot > 0 && s_types.Where(t => FullName(t) == name[..dot]).Any(t => HasMember(t, name[(dot + 1)..]));
    }

    // Type.Member where Type is a course type; other dotted names (.NET types, file names) are not ours to check.
    private static bool ResolvesMember(string typeName, string memberName)
    {
        var candidates = s_types.Where(t => t.Name == typeName || t.Name.StartsWith(typeName + "`", StringComparison.Ordinal)).ToList();
        return candidates.Count == 0 || candidates.Any(t => HasMember(t, memberName));
    }

    private static bool HasMember(Type type, string name) =>
        type.GetMember(name, BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.FlattenHierarchy).Length > 0
        || type.GetNestedTypes().Any(n => n.Name == name)
        || type.GetInterfaces().Any(i => i.GetMember(name).Length > 0);

    private static string FullName(Type type) => (type.FullName ?? type.Name).Replace('+', '.');

    [GeneratedRegex(@"(?<!`)`(?<code>[^`\n]+)`(?!`)")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"^(?<name>AmazonSalesRegression(?:\.[A-Za-z_]\w*)+)(?:\(.*\))?$")]
    private static partial Regex Qualified();

    [GeneratedRegex(@"^(?:new\s+)?(?<type>[A-Z]\w*)\.(?<member>[A-Z]\w*)(?:<[^>]*>)?(?:\(.*\))?$")]
    private static partial Regex TypeMember();
}
