namespace AmazonSalesRegression;

/// <summary>Locates the course repository's folders from any working directory inside it.</summary>
public static class CoursePaths
{
    /// <summary>
    /// Finds the repository root: the nearest folder at or above <paramref name="start"/>
    /// (default: the current directory) that holds <c>AmazonSalesRegression.sln</c>.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">No such folder exists above <paramref name="start"/>.</exception>
    public static string FindRoot(string? start = null)
    {
        var dir = new DirectoryInfo(start ?? Directory.GetCurrentDirectory());
        for (; dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AmazonSalesRegression.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException(
            $"No folder at or above '{start ?? Directory.GetCurrentDirectory()}' contains AmazonSalesRegression.sln; run from inside the course repository."
        );
    }

    /// <summary>The default sales data file, <c>data/amazon_sales.csv</c>, under <paramref name="root"/>.</summary>
    public static string SalesCsv(string root) => Path.Combine(root, "data", "amazon_sales.csv");

    /// <summary>The true generator parameters, <c>data/amazon_sales.truth.json</c>, under <paramref name="root"/>.</summary>
    public static string TruthJson(string root) => Path.Combine(root, "data", "amazon_sales.truth.json");
}
