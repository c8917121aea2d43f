using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Resampling;

public static partial class Bootstrap
{
    /// <summary>
    /// Bootstraps a statistic of a table, e.g. a fitted coefficient:
    /// <c>Bootstrap.Table(data, t => Ols.Fit("log_units ~ log_price", t).Coefficients[1].Estimate)</c>. Each replicate is a
    /// copy of the resampled rows (<see cref="TableRows.Select"/>), which keeps line numbers for error messages.
    /// </summary>
    /// <param name="data">The rows to resample.</param>
    /// <param name="statistic">Computes the statistic from a table; it gets <paramref name="data"/> itself for the estimate.</param>
    /// <param name="options">Replicates, seed and level; defaults when null.</param>
    /// <param name="clusterColumn">
    /// A column whose values define clusters to resample whole (e.g. <c>sku</c>), or <see langword="null"/> to resample single rows.
    /// </param>
    /// <returns>The estimate, bootstrap standard error and intervals.</returns>
    /// <exception cref="ArgumentException">The cluster column is missing or not text, or a replicate's statistic is not finite.</exception>
    public static BootstrapResult Table(
        ITabularData data,
        Func<ITabularData, double> statistic,
        BootstrapOptions? options = null,
        string? clusterColumn = null
    )
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(statistic);
        double Evaluate(IReadOnlyList<int> rows) => statistic(IsEveryRowInOrder(rows, data.RowCount) ? data : TableRows.Select(data, rows));

        if (clusterColumn is null)
        {
            return Rows(data.RowCount, Evaluate, options);
        }

        if (data.KindOf(clusterColumn) != ColumnKind.Text)
        {
            throw new ArgumentException(
                $"{data.SourceName}: the cluster column '{clusterColumn}' must be a text column; columns: {string.Join(", ", data.ColumnNames)}.",
                nameof(clusterColumn)
            );
        }

        return Clusters(data.Text(clusterColumn), Evaluate, options);
    }

    private static bool IsEveryRowInOrder(IReadOnlyList<int> rows, int rowCount)
    {
        if (rows.Count != rowCount)
        {
            return false;
        }

        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i] != i)
            {
                return false;
            }
        }

        return true;
    }
}
