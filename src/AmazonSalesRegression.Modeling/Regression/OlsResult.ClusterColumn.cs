using System.Globalization;
using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Regression;

public sealed partial record OlsResult
{
    /// <summary>
    /// Cluster-robust inference clustered by a column of the table a formula fit was made from, e.g.
    /// <c>fit.GetClusterRobustInference(data, "sku")</c>; see
    /// <see cref="GetClusterRobustInference{TCluster}(IReadOnlyList{TCluster}, ReferenceDistribution, double, bool)"/>
    /// for the estimator and its conventions.
    /// </summary>
    /// <remarks>
    /// Row alignment: a formula fit never drops rows (a value it cannot transform, such as log of 0, is an error),
    /// so observation i of the fit is row i of the table it was given. Pass that same table (or one with the same
    /// rows in the same order); if the fit was made on a subset (e.g. <c>TableRows.Where(data, inStock)</c>), pass the
    /// subset, not the full data.
    /// </remarks>
    /// <param name="data">The table the fit was made from.</param>
    /// <param name="clusterColumn">A text, numeric or date column holding each row's cluster (e.g. <c>sku</c>).</param>
    /// <param name="distribution">Reference distribution; default t with G − 1 degrees of freedom.</param>
    /// <param name="level">Coverage of the intervals; default 0.95.</param>
    /// <returns>The cluster-robust coefficient table, covariance and Wald test.</returns>
    /// <exception cref="ArgumentException">The column is missing, or the table does not have the fit's number of rows, or there is a single cluster.</exception>
    /// <exception cref="DataFormatException">A numeric cluster value is NaN; the message names the line.</exception>
    public ClusterRobustInference GetClusterRobustInference(
        ITabularData data,
        string clusterColumn,
        ReferenceDistribution distribution = ReferenceDistribution.StudentT,
        double level = 0.95
    )
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(clusterColumn);
        if (data.RowCount != Observations)
        {
            throw new ArgumentException(
                $"{data.SourceName} has {data.RowCount} rows; the fit has {Observations} observations. Pass the table the fit was made from.",
                nameof(data)
            );
        }

        return GetClusterRobustInference(ClusterLabels(data, clusterColumn), distribution, level);
    }

    private static IReadOnlyList<string> ClusterLabels(ITabularData data, string column)
    {
        switch (data.KindOf(column))
        {
            case ColumnKind.Text:
                return data.Text(column);
            case ColumnKind.Date:
                return data.Dates(column).ToArray().Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray();
            case ColumnKind.Numeric:
                var values = data.Numeric(column).ToArray();
                var labels = new string[values.Length];
                for (var i = 0; i < values.Length; i++)
                {
                    labels[i] = double.IsNaN(values[i])
                        ? throw new DataFormatException(data.SourceName, data.LineOf(i), null, column, "the cluster label is missing (NaN)")
                        : values[i].ToString("R", CultureInfo.InvariantCulture);
                }

                return labels;
            default:
                throw new ArgumentException(
                    $"{data.SourceName} has no column '{column}' to cluster by; columns: {string.Join(", ", data.ColumnNames)}.",
                    nameof(column)
                );
        }
    }
}
