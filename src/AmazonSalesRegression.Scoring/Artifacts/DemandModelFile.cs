namespace AmazonSalesRegression.Scoring.Artifacts;

/// <summary>
/// Where the course's demand model is published: its file name in a model folder (<c>models/</c> in the repository,
/// <c>/opt/ml/model</c> in a container) and the coverage of the prediction intervals served with it. The training side
/// writes the file under these names and the service reads it, so both take them from here.
/// </summary>
public static class DemandModelFile
{
    /// <summary>The model's name, also the artifact's file name without extension.</summary>
    public const string Name = "amazon-sales-demand";

    /// <summary>The default coverage of the prediction intervals.</summary>
    public const double IntervalLevel = 0.95;

    /// <summary>The artifact's file name in a model folder.</summary>
    public static string FileName => Name + ".json";

    /// <summary>The artifact's path in the <c>models/</c> folder under <paramref name="root"/>.</summary>
    /// <param name="root">A repository root.</param>
    public static string InModelsFolder(string root) => Path.Combine(root, "models", FileName);

    /// <summary>The nearest <c>models/amazon-sales-demand.json</c> at or above <paramref name="start"/>, if any.</summary>
    /// <param name="start">The folder to start from.</param>
    public static string? FindAbove(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            var candidate = InModelsFolder(folder.FullName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
