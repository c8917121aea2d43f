using AmazonSalesRegression.Scoring.Artifacts;

namespace AmazonSalesRegression.Api.Hosting;

/// <summary>
/// Where the service finds its model: <c>MODEL_PATH</c> (a file), else <c>MODEL_DIR</c> (a folder, SageMaker's
/// <c>/opt/ml/model</c> in the container) holding <c>amazon-sales-demand.json</c>, else the nearest
/// <c>models/amazon-sales-demand.json</c> above the working directory or the executable, else the container's path.
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
            return Path.GetFullPath(Path.Combine(folder, DemandModelFile.FileName));
        }

        return DemandModelFile.FindAbove(Directory.GetCurrentDirectory())
            ?? DemandModelFile.FindAbove(AppContext.BaseDirectory)
            ?? Path.Combine("/opt/ml/model", DemandModelFile.FileName);
    }
}
