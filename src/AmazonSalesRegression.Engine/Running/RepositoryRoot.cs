namespace AmazonSalesRegression.Engine.Running;

/// <summary>Finds a notebook's repository root by its markers (<see cref="NotebookRunOptions.RepositoryRootMarkers"/>).</summary>
internal static class RepositoryRoot
{
    /// <summary>
    /// The nearest folder at or above <paramref name="directory"/> that holds a file or folder named by one of
    /// <paramref name="markers"/>, or <see langword="null"/> when none does (or there are no markers).
    /// </summary>
    public static string? Find(string directory, IReadOnlyList<string> markers)
    {
        if (markers.Count == 0)
        {
            return null;
        }

        for (var folder = new DirectoryInfo(directory); folder is not null; folder = folder.Parent)
        {
            if (markers.Any(marker => Path.Exists(Path.Combine(folder.FullName, marker))))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
