using AmazonSalesRegression.Data;
using AmazonSalesRegression.Data.Streaming;
using AmazonSalesRegression.Features.Tabular;
using AmazonSalesRegression.Regression;
using AmazonSalesRegression.Regression.Streaming;

namespace AmazonSalesRegression.Cli.Fitting;

/// <summary>
/// The streaming path of an OLS <c>fit</c> of target and features: the rows are read twice, one by one, in memory
/// that does not grow with the file, and the output is the in-memory path's (same text, same JSON fields).
/// </summary>
/// <remarks>
/// Pass 1 factors [X | y] by sequential TSQR (<see cref="StreamingOls"/>), which gives the coefficients, their
/// classical covariance factor, the rank and the aliased columns. Pass 2 (<see cref="StreamingResiduals"/>) needs those
/// coefficients: it reads the rows again in file order for the residual sums (RSS, TSS, Durbin-Watson, moments) and,
/// when asked, the HC0–HC3 meat (leverages hᵢ = ‖R⁻ᵀxᵢ‖²) or the per-cluster score sums. Pass 2 reads the parsed rows
/// pass 1 spooled to a temporary file (<see cref="RowSpool"/>), or the CSV again when they could not be spooled. Rows
/// with a missing value in a used column are skipped in both passes; only their count and first lines are kept.
/// Formulas are not streamed: the levels of a <c>C()</c> factor, and the centres and scales of stateful transforms,
/// are known only after every row.
/// </remarks>
internal static partial class FitStreaming
{
    /// <summary>
    /// Files at least this large (256 MiB) stream without <c>--stream</c>: in memory a CSV of numbers takes about 2.4
    /// times its size (1.6 GB for 0.66 GB), while streaming stays under 50 MB whatever the size; smaller files load
    /// quickly, and the in-memory path also serves formulas.
    /// </summary>
    public const long AutomaticBytes = 256L * 1024 * 1024;

    /// <summary>The smallest part of a file worth a thread of its own (4 MiB).</summary>
    public const long MinimumPartBytes = 4L * 1024 * 1024;

    /// <summary>Whether <paramref name="request"/> is fitted by streaming: <c>--stream</c>, or a target/features fit of a CSV file of at least <paramref name="threshold"/> bytes.</summary>
    public static bool Applies(FitRequest request, long threshold = AutomaticBytes) =>
        request.Stream
        || (
            request.Formula is null
            && File.Exists(request.DataPath)
            && !TableFiles.IsParquet(request.DataPath)
            && CsvNumericStream.SizeOf(request.DataPath) >= threshold
        );

    /// <summary>
    /// Fits <paramref name="request"/> in two passes over the rows. A large file is cut at row boundaries into one part
    /// per core; each pass reads the parts in parallel and merges their sums in file order (see
    /// <see cref="StreamingOls.Merge"/> and <see cref="StreamingResiduals.Merge"/>). When a part finds a mistake, or a
    /// quote (the cuts assume a line feed always ends a row), the file is read again in one piece, so the error is the
    /// first in the file and its line is right.
    /// </summary>
    /// <param name="request">A target/features request.</param>
    /// <param name="passStarted">Told the number (1 or 2) of every pass over the file as it starts (tests count them).</param>
    /// <param name="minimumPartBytes">The smallest part worth a thread; <see cref="MinimumPartBytes"/> unless a test cuts small files.</param>
    /// <param name="spoolDirectory">Where pass 1 spools the rows for pass 2; <see cref="Path.GetTempPath"/> unless a test says otherwise.</param>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="CourseStepException">The file is Parquet, which is read in memory.</exception>
    /// <exception cref="DataFormatException">The file or a used column is not usable; the message names file, line and column.</exception>
    /// <exception cref="RegressionInputException">Too few rows for the coefficients, or a constant response.</exception>
    public static FitOutcome Run(
        FitRequest request,
        Action<int>? passStarted = null,
        long minimumPartBytes = MinimumPartBytes,
        string? spoolDirectory = null
    )
    {
        var spool = spoolDirectory ?? Path.GetTempPath();
        DataFile.Require(request.DataPath);

        if (TableFiles.IsParquet(request.DataPath))
        {
            throw new CourseStepException(
                "--stream reads CSV files; a Parquet file is read in memory (its columns are decoded in parallel), so leave out --stream."
            );
        }

        var columns = Columns(request);
        // No separate scan for quotes: pass 1 meets any quote, and the file is then read in one piece below.
        var ranges = CsvNumericStream.Ranges(
            request.DataPath,
            Math.Max(2, Environment.ProcessorCount),
            minimumPartBytes,
            scanForQuotes: false
        );
        if (ranges.Count > 1)
        {
            try
            {
                if (Fit(request, columns, ranges, passStarted, spool) is { } outcome)
                {
                    return outcome;
                }
            }
            catch (AggregateException e) when (e.InnerExceptions.All(i => i is DataFormatException))
            {
                // Read again in one piece below, for the file's first error with its line, or with its quotes handled.
            }
        }

        return Fit(request, columns, [new ByteRange(0, long.MaxValue)], passStarted, spool)!;
    }

    // Null when the parts do not join up (blank lines between them), or hold a label error, which one sequential read
    // reports with its line in the file. A NaN label is missing only if the label column turns out to be numeric, which
    // is known after pass 1: in the rare text column whose NaN labels were taken as missing, pass 1 is made again.
    private static FitOutcome? Fit(
        FitRequest request,
        StreamColumns columns,
        IReadOnlyList<ByteRange> ranges,
        Action<int>? passStarted,
        string spoolDirectory,
        NanLabels nanLabels = NanLabels.Missing
    )
    {
        var spools = new RowSpool[ranges.Count];
        try
        {
            for (var k = 0; k < spools.Length; k++)
            {
                spools[k] = new RowSpool(columns.Features.Count + 1, request.Groups is not null, spoolDirectory);
            }

            return Fit(request, columns, ranges, passStarted, nanLabels, spools, spoolDirectory);
        }
        finally
        {
            foreach (var spool in spools)
            {
                spool?.Dispose();
            }
        }
    }

    private static FitOutcome? Fit(
        FitRequest request,
        StreamColumns columns,
        IReadOnlyList<ByteRange> ranges,
        Action<int>? passStarted,
        NanLabels nanLabels,
        RowSpool[] spools,
        string spoolDirectory
    )
    {
        passStarted?.Invoke(1);
        var parts = Enumerable.Range(0, ranges.Count).ToArray();
        var first = InParallel(parts, k => FirstPass(request, columns, ranges[k], nanLabels, spools[k]));
        var numericLabels = first.All(p => p.LabelsAreNumbers);
        if (!numericLabels && nanLabels == NanLabels.Missing && first.Any(p => p.NanLabels))
        {
            return Fit(request, columns, ranges, passStarted, spoolDirectory, NanLabels.Text);
        }

        if (numericLabels && first.FirstOrDefault(p => p.LabelError is not null)?.LabelError is { } labelError)
        {
            return ranges.Count > 1 ? null : throw labelError;
        }

        for (var k = 0; k < first.Length - 1; k++)
        {
            if (first[k].TrailingBlankLine != 0 && first.Skip(k + 1).Any(p => p.Ols.Rows + p.Dropped > 0))
            {
                return null;
            }
        }

        var ols = first[0].Ols;
        var dropped = first[0].Dropped;
        var lines = new List<int>(first[0].DroppedLines);
        var offset = first[0].LinesRead;
        foreach (var part in first.Skip(1))
        {
            ols.Merge(part.Ols);
            dropped += part.Dropped;
            lines.AddRange(part.DroppedLines.Select(line => line + offset).Take(DroppedRows.LinesShown - lines.Count));
            offset += part.LinesRead;
        }

        if (ols.Rows == 0)
        {
            throw DroppedRows.NothingLeft(request.DataPath, dropped, columns.Used);
        }

        var fit = Solve(ols);
        passStarted?.Invoke(2);
        var second = InParallel(
            parts,
            k => spools[k].Failed ? SecondPass(request, columns, ranges[k], fit, nanLabels) : SecondPass(request, fit, spools[k])
        );
        var residuals = second[0].Residuals;
        foreach (var part in second.Skip(1))
        {
            residuals.Merge(part.Residuals);
        }

        var firstLabel = second.Select(p => p.FirstLabel).FirstOrDefault(l => l is not null);
        if (numericLabels)
        {
            // As in memory, where a numeric column's labels are its numbers: 1 and 1.0 are one cluster.
            residuals.MergeClusters(CsvNumericStream.NumericLabel);
            firstLabel = firstLabel is null ? null : CsvNumericStream.NumericLabel(firstLabel);
        }

        return new FitOutcome(
            request,
            new DroppedRows(dropped, lines),
            columns.Features,
            columns.DefaultFeatures,
            fit.HasIntercept,
            Inference(request, fit, residuals, firstLabel)
        );
    }

    // Each part (a range, or its index) on a thread of its own.
    private static T[] InParallel<TPart, T>(IReadOnlyList<TPart> parts, Func<TPart, T> read)
    {
        if (parts.Count == 1)
        {
            return [read(parts[0])];
        }

        var results = new T[parts.Count];
        Parallel.For(0, parts.Count, new ParallelOptions { MaxDegreeOfParallelism = parts.Count }, k => results[k] = read(parts[k]));
        return results;
    }
}
