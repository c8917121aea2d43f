using AmazonSalesRegression.Features.Tabular;
using AmazonSalesRegression.Regression;
using AmazonSalesRegression.Regression.Streaming;
using AmazonSalesRegression.Regression.Summary;

namespace AmazonSalesRegression.Cli.Fitting;

/// <summary>From the merged sums to the coefficients and the summary the in-memory path would print.</summary>
internal static partial class FitStreaming
{
    // The in-memory fit's errors for too few rows and a constant response.
    private static StreamingOlsResult Solve(StreamingOls ols)
    {
        try
        {
            return ols.Solve(OlsOptions.Default.ConfidenceLevel, OlsOptions.Default.Solver.RankTolerance);
        }
        catch (InvalidOperationException) when (ols.Rows <= ols.Names.Count)
        {
            throw new RegressionInputException(
                $"{ols.Rows} observations are too few for {ols.Names.Count} coefficients: least squares with inference needs more rows than coefficients.",
                "design"
            );
        }
        catch (InvalidOperationException)
        {
            throw new RegressionInputException(
                ols.HasIntercept
                    ? "The response has zero variance (every value is the same): R², t and F statistics are undefined."
                    : "The response is identically zero: the uncentred R² and the F statistic are undefined.",
                "y"
            );
        }
    }

    private static FitInference Inference(FitRequest request, StreamingOlsResult fit, StreamingResiduals residuals, string? firstLabel)
    {
        var statistics = residuals.Statistics();
        var model = new SummaryModel(request.Target!, statistics, fit.AliasedColumns, fit.ConfidenceLevel);
        var diagnostics = residuals.Diagnostics();
        var distribution = request.UseT ? ReferenceDistribution.StudentT : ReferenceDistribution.Normal;
        switch (request.Covariance)
        {
            case FitCovariance.Nonrobust:
                var coefficients = residuals.Coefficients();
                return new FitInference(
                    "nonrobust",
                    true,
                    coefficients,
                    statistics.FStatistic,
                    statistics.FPValue,
                    null,
                    new OlsSummary(model, diagnostics, coefficients)
                );
            case FitCovariance.Cluster:
                if (residuals.ClusterCount < 2)
                {
                    throw new DataFormatException(
                        request.DataPath,
                        null,
                        null,
                        request.Groups,
                        $"every row used is in one group ('{firstLabel}'); cluster-robust standard errors need at least two groups."
                    );
                }

                var cluster = residuals.Cluster(distribution);
                return new FitInference(
                    "cluster",
                    request.UseT,
                    cluster.Coefficients,
                    cluster.WaldStatistic,
                    cluster.WaldPValue,
                    cluster.ClusterCount,
                    new OlsSummary(model, diagnostics, cluster)
                );
            default:
                var robust = residuals.Robust(distribution);
                return new FitInference(
                    robust.Type.ToString(),
                    request.UseT,
                    robust.Coefficients,
                    robust.WaldStatistic,
                    robust.WaldPValue,
                    null,
                    new OlsSummary(model, diagnostics, robust)
                );
        }
    }
}
