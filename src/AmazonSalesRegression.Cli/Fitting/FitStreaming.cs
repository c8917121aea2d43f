using AmazonSalesRegression.Data;
using AmazonSalesRegression.Data.Streaming;
using AmazonSalesRegression.Regression;
using AmazonSalesRegression.Regression.Streaming;
using AmazonSalesRegression.Regression.Summary;

namespace AmazonSalesRegression.Cli.Fitting;

/// <summary>
/// The streaming path of an OLS <c>fit</c> of target and features: the file is read twice, row by row, in memory
/// that does not grow with it, and the output is the in-memory path's (same text, same JSON fields).
/// </summary>
/// <remarks>
/// Pass 1 factors [X | y] by sequential TSQR (<see cref="StreamingOls"/>), which gives the coefficients, their
/// classical covariance factor, the rank and the aliased columns. Pass 2 (<see cref="StreamingResiduals"/>) needs those
/// coefficients: it reads the rows again in file order for the residual sums (RSS, TSS, Durbin-Watson, moments) and,
/// when asked, the HC0–HC3 meat (leverages hᵢ = ‖R⁻ᵀxᵢ‖²) or the per-cluster score sums. Rows with a missing value in
/// a used column are skipped in both passes; only their count and first lines are kept. Formulas are not streamed:
/// the levels of a <c>C()</c> factor are known only after every row.
/// </remarks>
internal static partial class FitStreaming
{
    /// <summary>
    /// Files at least this large (256 MiB) stream without <c>--stream</c>: in memory such a file takes about as many
    /// bytes again as doubles, while streaming takes a few hundred kilobytes whatever the size.
    /// </summary>
    public const long AutomaticBytes = 256L * 1024 * 1024;

    /// <summary>Whether <paramref name="request"/> is fitted by streaming: <c>--stream</c>, or a target/features fit of a file of at least <paramref name="threshold"/> bytes.</summary>
    public static bool Applies(FitRequest request, long threshold = AutomaticBytes) =>
        request.Stream || (request.Formula is null && File.Exists(request.DataPath) && new FileInfo(request.DataPath).Length >= threshold);

    /// <summary>Fits <paramref name="request"/> in two passes over the file.</summary>
    /// <param name="request">A target/features request.</param>
    /// <param name="opened">Told of every pass over the file as it starts (tests count them).</param>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="DataFormatException">The file or a used column is not usable; the message names file, line and column.</exception>
    /// <exception cref="RegressionInputException">Too few rows for the coefficients, or a constant response.</exception>
    public static FitOutcome Run(FitRequest request, Action<CsvNumericStream>? opened = null)
    {
        if (!File.Exists(request.DataPath))
        {
            throw new FileNotFoundException($"{request.DataPath}: file not found.", request.DataPath);
        }

        var columns = Columns(request);
        var (fit, dropped) = FirstPass(request, columns, opened);
        using var stream = Open(request, columns, opened);
        var residuals = new StreamingResiduals(
            fit,
            request.Covariance is FitCovariance.Nonrobust or FitCovariance.Cluster
                ? null
                : Enum.Parse<HeteroscedasticityConsistentType>(request.Covariance.ToString()),
            request.Covariance == FitCovariance.Cluster
        );
        var predictors = new double[columns.Features.Count];
        string? firstLabel = null;
        while (stream.MoveNext())
        {
            if (stream.MissingIndex < 0)
            {
                stream.Values[1..].CopyTo(predictors);
                residuals.Add(predictors, stream.Values[0], stream.Label);
                firstLabel ??= stream.Label;
            }
        }

        return new FitOutcome(
            request,
            dropped,
            columns.Features,
            columns.DefaultFeatures,
            fit.HasIntercept,
            Inference(request, fit, residuals, firstLabel)
        );
    }

    private static (StreamingOlsResult Fit, DroppedRows Dropped) FirstPass(
        FitRequest request,
        StreamColumns columns,
        Action<CsvNumericStream>? opened
    )
    {
        using var stream = Open(request, columns, opened);
        var ols = new StreamingOls(columns.Features, request.Intercept);
        var predictors = new double[columns.Features.Count];
        var droppedCount = 0;
        var droppedLines = new List<int>(DroppedRows.LinesShown);
        while (stream.MoveNext())
        {
            if (stream.MissingIndex < 0)
            {
                stream.Values[1..].CopyTo(predictors);
                ols.Add(predictors, stream.Values[0]);
                continue;
            }

            if (request.Missing == MissingPolicy.Raise)
            {
                var (name, sourceColumn) = stream.UsedColumn(stream.MissingIndex);
                throw new DataFormatException(
                    stream.Source,
                    stream.Line,
                    sourceColumn,
                    name,
                    "missing value (an empty cell or NaN); --missing drop, the default, leaves such rows out of the fit."
                );
            }

            droppedCount++;
            if (droppedLines.Count < DroppedRows.LinesShown)
            {
                droppedLines.Add(stream.Line);
            }
        }

        if (ols.Rows == 0)
        {
            throw new DataFormatException(
                stream.Source,
                null,
                null,
                null,
                $"every one of the {droppedCount} rows has a missing value (an empty cell or NaN) in a column the model uses ({string.Join(", ", columns.Used)}); nothing is left to fit."
            );
        }

        return (Solve(ols), new DroppedRows(droppedCount, droppedLines));
    }

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
