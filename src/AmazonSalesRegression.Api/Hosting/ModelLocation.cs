using AmazonSalesRegression.Production;

namespace AmazonSalesRegression.Api.Hosting;

/// <summary>
/// Where the service finds its model: <c>MODEL_PATH</c> (a file), else <c>MODEL_DIR</c> (a folder, SageMaker's
/// <c>/opt/ml/model</c> in the container) holding <c>amazon-sales-demand.json</c>, else the repository's <c>models/</c>
/// folder above the working directory or the executable.
/// </summary>
internal static class ModelLocation
{
    /// <summary>The artifact path the configuration names.</summary>
    public static string Resolve(IConfiguration configuration)
    {
        if (configuration["MODEL_PATH"] is { Length: > 0 } path)
        {
            return Path.GetFullPath(path);
        }

        if (configuration["MODEL_DIR"] is { Length: > 0 } folder)
        {
            return Path.GetFullPath(Path.Combine(folder, ProductionModel.FileName));
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            try
            {
                return ProductionModel.DefaultPath(CoursePaths.FindRoot(start));
            }
            catch (DirectoryNotFoundException)
            {
                // Not inside the repository from here; try the next place.
            }
        }

        return Path.Combine("/opt/ml/model", ProductionModel.FileName);
    }
}
