using System.Text.RegularExpressions;

namespace AmazonSalesRegression.Engine.Directives;

/// <summary>
/// Handles the directive lines at the top of a cell before Roslyn sees it. Leading lines may be blank, <c>//</c>
/// comments or directives; the first other line ends the directive block.
/// <list type="bullet">
/// <item><c>#r "nuget: Name, Version"</c> (version optional): accepted when the package is pinned at that version
/// (it is already referenced); otherwise an error listing the pinned packages and how to add one.</item>
/// <item><c>#r "path/to.dll"</c>: references that file, relative to the notebook's folder. A path to an assembly the
/// host loaded (<see cref="EngineOptions.HostAssemblies"/>) is accepted without looking for the file: every cell already
/// references it.</item>
/// <item><c>#i "nuget: source"</c>: ignored with a note, since packages are resolved offline.</item>
/// <item><c>#!csharp</c> (or <c>#!c#</c>): ignored; any other .NET Interactive magic (<c>#!about</c>, …) is an error.</item>
/// </list>
/// </summary>
internal static partial class DirectiveProcessor
{
    /// <summary>Processes the leading directives of <paramref name="code"/> in <paramref name="context"/>.</summary>
    public static DirectiveOutcome Process(string code, DirectiveContext context)
    {
        var lines = code.Split('\n');
        var references = new List<string>();
        var notes = new List<string>();
        var errors = new List<string>();
        foreach (var index in LeadingDirectiveLines(lines))
        {
            var text = lines[index].TrimEnd('\r');
            var column = text.IndexOf('#', StringComparison.Ordinal) + 1;
            var error = Handle(text.Trim(), context, references, notes);
            if (error is not null)
            {
                errors.Add(
                    $"({(index + 1).ToString(CultureInfo.InvariantCulture)},{column.ToString(CultureInfo.InvariantCulture)}): error {error}"
                );
            }
        }

        return new DirectiveOutcome(Blank(code), references, notes, errors);
    }

    /// <summary>
    /// <paramref name="code"/> with its leading directive lines replaced by spaces, so that what remains is plain C#
    /// with the same line numbers and character offsets.
    /// </summary>
    public static string Blank(string code)
    {
        var lines = code.Split('\n');
        foreach (var index in LeadingDirectiveLines(lines))
        {
            var line = lines[index];
            var content = line.TrimEnd('\r');
            lines[index] = new string(' ', content.Length) + line[content.Length..];
        }

        return string.Join('\n', lines);
    }

    /// <summary>The indexes of the leading directive lines of a cell split into <paramref name="lines"/>.</summary>
    internal static IEnumerable<int> LeadingDirectiveLines(string[] lines)
    {
        for (var index = 0; index < lines.Length; index++)
        {
            var trimmed = lines[index].Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            if (!IsDirective(trimmed))
            {
                yield break;
            }

            yield return index;
        }
    }

    private static bool IsDirective(string line) => line.StartsWith("#!", StringComparison.Ordinal) || DirectiveStart().IsMatch(line);

    private static string? Handle(string line, DirectiveContext context, List<string> references, List<string> notes)
    {
        if (line.StartsWith("#!", StringComparison.Ordinal))
        {
            var magic = line.Split(' ', 2)[0];
            return magic is "#!csharp" or "#!c#" or "#!C#"
                ? null
                : $"NB1004: The .NET Interactive magic command '{magic}' is not supported; only '#!csharp' is accepted (and ignored).";
        }

        var match = QuotedDirective().Match(line);
        if (!match.Success)
        {
            return $"NB1005: Malformed directive '{line}': expected #r \"nuget: Name, Version\" or #r \"path/to/assembly.dll\".";
        }

        var argument = match.Groups["argument"].Value.Trim();
        if (match.Groups["kind"].Value == "i")
        {
            notes.Add($"#i \"{argument}\" ignored: notebooks use the engine's pinned packages offline.");
            return null;
        }

        var nuget = NuGetArgument().Match(argument);
        if (nuget.Success)
        {
            return CheckPackage(
                context.Packages,
                nuget.Groups["name"].Value,
                nuget.Groups["version"].Success ? nuget.Groups["version"].Value : null
            );
        }

        if (IsHostAssembly(argument, context))
        {
            return null;
        }

        var path = Path.GetFullPath(argument, context.BaseDirectory ?? Directory.GetCurrentDirectory());
        if (!File.Exists(path))
        {
            return $"NB1003: Assembly file '{argument}' was not found (looked for '{path}').";
        }

        references.Add(path);
        return null;
    }

    // Notebooks may name a library the host loaded by path (so that another front end can load it); every cell here
    // already references that library, so the line is accepted whether or not the file exists.
    private static bool IsHostAssembly(string argument, DirectiveContext context) =>
        argument.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
        && context.HostAssemblyNames.Contains(Path.GetFileNameWithoutExtension(argument), StringComparer.OrdinalIgnoreCase);

    private static string? CheckPackage(IReadOnlyList<PinnedPackage> packages, string name, string? version)
    {
        var available = packages.Count == 0 ? "none" : string.Join(", ", packages);
        var pinned = PinnedPackages.Find(packages, name);
        if (pinned is null)
        {
            return $"NB1001: Package '{name}' is not available: notebooks run offline with the host's pinned packages ({available}).";
        }

        if (version is not null && !PinnedPackages.SameVersion(version, pinned.Version))
        {
            return $"NB1002: Package '{pinned.Name}' version {version} is not available: the host pins {pinned.Version} (available: {available}). "
                + $"Use #r \"nuget: {pinned.Name}, {pinned.Version}\".";
        }

        return null;
    }

    [GeneratedRegex(@"^#[ri](\s|""|$)")]
    private static partial Regex DirectiveStart();

    /// <summary>A <c>#r "argument"</c> or <c>#i "argument"</c> line (groups <c>kind</c> and <c>argument</c>).</summary>
    [GeneratedRegex(@"^#(?<kind>[ri])\s*""(?<argument>[^""]*)""\s*(//.*)?$")]
    internal static partial Regex QuotedDirective();

    /// <summary>A <c>nuget: Name, Version</c> argument (groups <c>name</c> and, when given, <c>version</c>).</summary>
    [GeneratedRegex(@"^nuget:\s*(?<name>[^,\s]+)\s*(,\s*(?<version>[^,\s]+)\s*)?$", RegexOptions.IgnoreCase)]
    internal static partial Regex NuGetArgument();
}
