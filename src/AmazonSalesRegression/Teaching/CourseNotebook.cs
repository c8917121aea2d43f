using System.Reflection;

namespace AmazonSalesRegression.Teaching;

/// <summary>
/// What every notebook's setup cell calls last, so that the notebooks run unchanged under the course's own kernel and
/// under the official .NET Interactive kernel (Polyglot Notebooks). Under .NET Interactive it loads the course's formatter
/// extension, <c>AmazonSalesRegression.Interactive</c>, built next to this library, and registers its formatters; in any
/// other host (the course's kernel, <c>course run</c>, a program) it does nothing.
/// </summary>
public static class CourseNotebook
{
    /// <summary>The extension's assembly (and project) name.</summary>
    public const string ExtensionName = "AmazonSalesRegression.Interactive";

    private const string HostAssembly = "Microsoft.DotNet.Interactive.Formatting";
    private const string EntryType = ExtensionName + ".CourseFormatters";
    private const string EntryMethod = "Register";

    /// <summary>Registers the course's formatters with .NET Interactive when it is the host; otherwise does nothing.</summary>
    /// <exception cref="FileNotFoundException">Under .NET Interactive, the extension is not built.</exception>
    public static void Initialize()
    {
        if (!AppDomain.CurrentDomain.GetAssemblies().Any(a => a.GetName().Name == HostAssembly))
        {
            return;
        }

        var path = ExtensionPath(typeof(CourseNotebook).Assembly.Location);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The course's .NET Interactive formatters are not built ({path} is missing): run `dotnet build` in the repository root, then restart the kernel.",
                path
            );
        }

        // The extension runs on its own copy of this library, loaded next to it into the default context. Load the
        // layers below the library (Numerics, Modeling, Scoring) from there too, now: a cell that names one of their
        // types before the library has needed it would otherwise make .NET Interactive load a second copy from the
        // notebook's #r folder into another context, and a library method returning that type would not be found.
        var extension = Assembly.LoadFrom(path);
        foreach (var layer in Directory.GetFiles(Path.GetDirectoryName(path)!, "AmazonSalesRegression.*.dll"))
        {
            Assembly.LoadFrom(layer);
        }

        extension
            .GetType(EntryType, throwOnError: true)!
            .GetMethod(EntryMethod, BindingFlags.Public | BindingFlags.Static, Type.EmptyTypes)!
            .Invoke(null, BindingFlags.DoNotWrapExceptions, binder: null, parameters: null, culture: null);
    }

    /// <summary>
    /// Where the extension is built for the library at <paramref name="libraryPath"/>: the same configuration and target
    /// framework, <c>src/AmazonSalesRegression.Interactive/bin/&lt;configuration&gt;/&lt;framework&gt;/</c> under the repository root.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The library is not inside the course repository.</exception>
    public static string ExtensionPath(string libraryPath)
    {
        var framework = new DirectoryInfo(Path.GetDirectoryName(Path.GetFullPath(libraryPath))!);
        var configuration = framework.Parent?.Name ?? string.Empty;
        return Path.Combine(
            CoursePaths.FindRoot(framework.FullName),
            "src",
            ExtensionName,
            "bin",
            configuration,
            framework.Name,
            ExtensionName + ".dll"
        );
    }
}
