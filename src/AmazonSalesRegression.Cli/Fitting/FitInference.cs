using AmazonSalesRegression.Features.Tabular;
using AmazonSalesRegression.Regression;
using AmazonSalesRegression.Regression.Summary;

namespace AmazonSalesRegression.Cli.Fitting;

/// <summary>
/// The coefficient table and joint test of a fit under the requested covariance, with statsmodels' conventions for
/// <c>OLS.fit(cov_type=…)</c>: nonrobust uses Student t (n − rank df); HC0–HC3 and cluster use the normal distribution
/// (statsmodels' <c>use_t=None</c>), or Student t with <c>--use-t</c> (n − rank df for HC, G − 1 for cluster). The F test
/// is the robust Wald test for robust covariances, against F(q, n − rank), or F(q, G − 1) with clusters, as statsmodels.
/// </summary>
/// <param name="CovarianceType">statsmodels' name: <c>nonrobust</c>, <c>HC0</c> … <c>HC3</c> or <c>cluster</c>.</param>
/// <param name="UseT">Whether the statistics are t (otherwise z).</param>
/// <param name="Coefficients">The coefficient table.</param>
/// <param name="FStatistic">The F statistic (classical, or robust Wald / q).</param>
/// <param name="FPValue">Its p-value.</param>
/// <param name="ClusterCount">The number of groups G with clusters, otherwise null.</param>
/// <param name="Summary">The statsmodels-style text summary with this table.</param>
internal sealed record FitInference(
    string CovarianceType,
    bool UseT,
    IReadOnlyList<CoefficientEstimate> Coefficients,
    double FStatistic,
    double FPValue,
    int? ClusterCount,
    OlsSummary Summary
)
{
    /// <summary>The inference <paramref name="request"/> asks for on <paramref name="fit"/>, made from the rows in <paramref name="data"/>.</summary>
    /// <exception cref="DataFormatException">The groups column has a single group.</exception>
    public static FitInference Of(OlsResult fit, FitRequest request, ITabularData data)
    {
        var distribution = request.UseT ? ReferenceDistribution.StudentT : ReferenceDistribution.Normal;
        switch (request.Covariance)
        {
            case FitCovariance.Nonrobust:
                return new FitInference("nonrobust", true, fit.Coefficients, fit.FStatistic, fit.FPValue, null, fit.Summary());
            case FitCovariance.Cluster:
                var groups = request.Groups!;
                var labels = Enumerable.Range(0, data.RowCount).Select(row => Label(data, groups, row)).ToArray();
                if (labels.Distinct(StringComparer.Ordinal).Count() < 2)
                {
                    throw new DataFormatException(
                        data.SourceName,
                        null,
                        null,
                        groups,
                        $"every row used is in one group ('{labels[0]}'); cluster-robust standard errors need at least two groups."
                    );
                }

                var cluster = fit.GetClusterRobustInference(labels, distribution, fit.ConfidenceLevel);
                return new FitInference(
                    "cluster",
                    request.UseT,
                    cluster.Coefficients,
                    cluster.WaldStatistic,
                    cluster.WaldPValue,
                    cluster.ClusterCount,
                    new OlsSummary(fit, cluster)
                );
            default:
                var type = Enum.Parse<HeteroscedasticityConsistentType>(request.Covariance.ToString());
                var robust = fit.GetRobustInference(type, distribution, fit.ConfidenceLevel);
                return new FitInference(
                    type.ToString(),
                    request.UseT,
                    robust.Coefficients,
                    robust.WaldStatistic,
                    robust.WaldPValue,
                    null,
                    new OlsSummary(fit, robust)
                );
        }
    }

    private static string Label(ITabularData data, string column, int row) =>
        data.KindOf(column) == ColumnKind.Numeric
            ? data.Numeric(column).Span[row].ToString("R", System.Globalization.CultureInfo.InvariantCulture)
            : data.Text(column)[row];
}
