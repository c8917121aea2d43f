using AmazonSalesRegression.Engine.Directives;

namespace AmazonSalesRegression.Engine.Export;

/// <summary>
/// Translates the leading directives of a notebook cell into the directives of a .NET 10 file-based app:
/// <list type="bullet">
/// <item><c>#r "nuget: Name, Version"</c> becomes <c>#:package Name@Version</c> (without a version: the engine's pinned one).</item>
/// <item><c>#r "…/P/bin/&lt;configuration&gt;/&lt;framework&gt;/A.dll"</c> becomes <c>#:project</c> of <c>P/A.csproj</c>, the
/// project that builds the assembly, relative to the app's folder. A file-based app cannot reference a bare assembly, so
/// an assembly with no such project is an error.</item>
/// <item><c>#i "nuget: source"</c> and <c>#!csharp</c> are dropped (packages come from the machine's NuGet sources);
/// any other magic is an error, as in the notebook.</item>
/// </list>
/// </summary>
internal static class AppDirectives
{
    /// <summary>The <c>#:</c> directives for the leading directive lines of <paramref name="code"/>, in order.</summary>
    /// <exception cref="NotebookExportException">A directive has no file-based counterpart.</exception>
    public static IReadOnlyList<string> Translate(string code, CellLabel cell, FileBasedAppOptions options)
    {
        var lines = code.Split('\n');
        var directives = new List<string>();
        foreach (var index in DirectiveProcessor.LeadingDirectiveLines(lines))
        {
            if (Translate(lines[index].Trim(), options, problem => cell.Error(index + 1, problem)) is { } directive)
            {
                directives.Add(directive);
            }
        }

        return directives;
    }

    private static string? Translate(string line, FileBasedAppOptions options, Func<string, NotebookExportException> fail)
    {
        if (line.StartsWith("#!", StringComparison.Ordinal))
        {
            var magic = line.Split(' ', 2)[0];
            return magic is "#!csharp" or "#!c#" or "#!C#"
                ? null
                : throw fail($"the magic command '{magic}' has no counterpart in a program.");
        }

        var match = DirectiveProcessor.QuotedDirective().Match(line);
        if (!match.Success)
        {
            throw fail($"malformed directive '{line}': expected #r \"nuget: Name, Version\" or #r \"path/to/assembly.dll\".");
        }

        var argument = match.Groups["argument"].Value.Trim();
        if (match.Groups["kind"].Value == "i")
        {
            return null;
        }

        var nuget = DirectiveProcessor.NuGetArgument().Match(argument);
        return nuget.Success
            ? Package(nuget.Groups["name"].Value, nuget.Groups["version"].Success ? nuget.Groups["version"].Value : null, options, fail)
            : Project(argument, options, fail);
    }

    private static string Package(string name, string? version, FileBasedAppOptions options, Func<string, NotebookExportException> fail) =>
        (version ?? PinnedPackages.Find(options.Engine.NotebookPackages, name)?.Version) is { } resolved
            ? $"#:package {name}@{resolved}"
            : throw fail($"#r \"nuget: {name}\" names no version and the package is not pinned; write #r \"nuget: {name}, <version>\".");

    private static string Project(string argument, FileBasedAppOptions options, Func<string, NotebookExportException> fail)
    {
        var assembly = Path.GetFullPath(argument, options.NotebookDirectory);
        var name = Path.GetFileNameWithoutExtension(assembly);
        for (var folder = Path.GetDirectoryName(assembly); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (Path.GetFileName(folder) == "bin" && Path.GetDirectoryName(folder) is { } projectFolder)
            {
                var project = Path.Combine(projectFolder, name + ".csproj");
                if (File.Exists(project))
                {
                    return "#:project " + Path.GetRelativePath(options.AppDirectory, project).Replace('\\', '/');
                }

                break;
            }
        }

        throw fail(
            $"#r \"{argument}\" references an assembly that no project builds (expected a path …/<Project>/bin/…/{name}.dll next to "
                + $"<Project>/{name}.csproj); a file-based app references packages (#:package) and projects (#:project), not assemblies."
        );
    }
}
