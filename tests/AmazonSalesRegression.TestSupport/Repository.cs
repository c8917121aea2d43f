namespace AmazonSalesRegression.TestSupport;

/// <summary>The repository the tests run in, found from the test assembly's folder.</summary>
public static class Repository
{
    /// <summary>The repository root: the nearest folder above the test output that holds <c>AmazonSalesRegression.sln</c>.</summary>
    public static string Root { get; } = FindRoot(AppContext.BaseDirectory);

    /// <summary>A path under the repository root.</summary>
    /// <param name="parts">Folder and file names below the root.</param>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>A path under <c>../shared</c>, the reference data beside the repository (NIST StRD and others).</summary>
    /// <param name="parts">Folder and file names below <c>shared</c>.</param>
    public static string Shared(params string[] parts) =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine([Root, "..", "shared", .. parts]));

    private static string FindRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "AmazonSalesRegression.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No folder above '{start}' holds AmazonSalesRegression.sln.");
    }
}
