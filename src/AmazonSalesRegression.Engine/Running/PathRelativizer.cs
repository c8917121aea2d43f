using System.Text.RegularExpressions;

namespace AmazonSalesRegression.Engine.Running;

/// <summary>
/// Rewrites absolute paths of the notebook's folder and of its repository in output text as paths relative
/// to the notebook (<c>/home/me/project/notebooks/x.csv</c> → <c>./x.csv</c>, <c>/home/me/project/data</c> →
/// <c>../data</c>), so committed outputs do not depend on where the repository was cloned.
/// </summary>
internal sealed class PathRelativizer
{
    private readonly List<(Regex Pattern, string Replacement)> _rules = [];

    public PathRelativizer(string notebookDirectory, string? repositoryRoot)
    {
        var folders = new List<(string Path, string Relative)> { (Trim(notebookDirectory), ".") };
        if (repositoryRoot is not null && Trim(repositoryRoot) != folders[0].Path)
        {
            folders.Add((Trim(repositoryRoot), Path.GetRelativePath(notebookDirectory, repositoryRoot).Replace('\\', '/')));
        }

        foreach (var (path, relative) in folders.OrderByDescending(f => f.Path.Length))
        {
            _rules.Add((new Regex(Regex.Escape(path) + @"(?![\w.\-])", RegexOptions.CultureInvariant), relative));
        }
    }

    /// <summary><paramref name="text"/> with the known absolute folders made relative.</summary>
    public string Apply(string text) => _rules.Aggregate(text, (current, rule) => rule.Pattern.Replace(current, rule.Replacement));

    private static string Trim(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
}
