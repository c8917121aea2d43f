using AmazonSalesRegression.Data;
using AmazonSalesRegression.Data.Streaming;
using AmazonSalesRegression.Features.Tabular;
using AmazonSalesRegression.Regression.Regularization;

namespace AmazonSalesRegression.Cli.Fitting;

/// <summary>
/// The streaming path of a ridge, lasso or elastic-net <c>fit</c> of target and features (with an intercept): the file is
/// read row by row into moment sums (<see cref="ElasticNetMoments"/>: means and centred cross-products, merged across
/// parts by Chan et al.'s update), and covariance coordinate descent fits from them; the output is the in-memory path's.
/// </summary>
/// <remarks>
/// <para>
/// <c>--lambda</c>: one pass. Each part of the file sums its complete rows; the parts merge in file order.
/// </para>
/// <para>
/// <c>--cv K</c>: two passes. Pass 1 counts the complete rows n (and the dropped ones), which the fold assignment needs:
/// <see cref="FoldGroups"/> assigns the rows as <see cref="CrossValidationSplits.KFold"/> and
/// <see cref="CrossValidationSplits.TimeOrdered"/> do for the in-memory path. Pass 2 sums each fold's rows apart (each
/// part knows the index of its first complete row from pass 1), and <see cref="CrossValidation.ElasticNet(IReadOnlyList{ElasticNetMoments}, FoldGroups, IReadOnlyList{string}, ElasticNetOptions?)"/>
/// fits each training set from merged fold sums and scores each test fold's MSE at every λ exactly from that fold's
/// centred moments (a quadratic form), so no third pass re-reads rows.
/// </para>
/// <para>
/// Memory: per part and fold, about 2·(p + 1)² + 256·(p + 1) doubles, whatever the file's size; with random k-fold CV also
/// the fold of each complete row, one byte per row (four when K &gt; 255); time-ordered folds follow from the row index.
/// </para>
/// </remarks>
internal static partial class FitStreaming
{
    /// <summary>Fits a regularized target/features request by streaming the file's moment sums (see the class remarks).</summary>
    /// <param name="request">A target/features request with an intercept.</param>
    /// <param name="regularization">The model and its λ or CV settings, already validated.</param>
    /// <param name="passStarted">Told the number (1 or 2) of every pass over the file as it starts (tests count them).</param>
    /// <param name="minimumPartBytes">The smallest part worth a thread; <see cref="MinimumPartBytes"/> unless a test cuts small files.</param>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="CourseStepException">The file is Parquet, the fit has no intercept, or the options do not fit the data.</exception>
    /// <exception cref="DataFormatException">The file or a used column is not usable; the message names file, line and column.</exception>
    public static RegularizedOutcome RunRegularized(
        FitRequest request,
        RegularizationRequest regularization,
        Action<int>? passStarted = null,
        long minimumPartBytes = MinimumPartBytes
    )
    {
        DataFile.Require(request.DataPath);

        if (TableFiles.IsParquet(request.DataPath))
        {
            throw new CourseStepException(
                "--stream reads CSV files; a Parquet file is read in memory (its columns are decoded in parallel), so leave out --stream."
            );
        }

        if (!request.Intercept)
        {
            throw new CourseStepException(
                "--stream fits ridge, lasso and elastic net with an intercept (from moment sums); with --no-intercept they are fitted in memory, so leave out --stream."
            );
        }

        var columns = Columns(request);
        var ranges = CsvNumericStream.Ranges(request.DataPath, Math.Max(2, Environment.ProcessorCount), minimumPartBytes);
        try
        {
            if (ranges.Count > 1)
            {
                try
                {
                    if (FitRegularized(request, regularization, columns, ranges, passStarted) is { } outcome)
                    {
                        return outcome;
                    }
                }
                catch (AggregateException e) when (e.InnerExceptions.All(i => i is DataFormatException))
                {
                    // Read again in one piece below, for the file's first error with its line.
                }
            }

            return FitRegularized(request, regularization, columns, [new ByteRange(0, long.MaxValue)], passStarted)!;
        }
        catch (ArgumentException e)
        {
            throw new CourseStepException(e.Message.Split(" (Parameter", 2)[0]);
        }
    }

    // Null when the parts do not join up (blank lines between them), which one sequential read reports properly.
    private static RegularizedOutcome? FitRegularized(
        FitRequest request,
        RegularizationRequest regularization,
        StreamColumns columns,
        IReadOnlyList<ByteRange> ranges,
        Action<int>? passStarted
    )
    {
        var options = regularization.Options(request.Intercept);
        var p = columns.Features.Count;
        passStarted?.Invoke(1);
        if (regularization.CvFolds is not { } folds)
        {
            var summed = InParallel(
                ranges,
                range =>
                {
                    var moments = new ElasticNetMoments(p);
                    return (Rows: ReadRows(request, columns, range, (_, x, y) => moments.Add(x, y)), Moments: moments);
                }
            );
            return Dropped(request, columns, summed.Select(s => s.Rows).ToArray()) is { } dropped
                ? new RegularizedOutcome(
                    request,
                    regularization,
                    ElasticNet.Fit(
                        ElasticNetMoments.Combine(summed.Select(s => s.Moments)),
                        columns.Features,
                        regularization.Lambda!.Value,
                        options
                    ),
                    null,
                    dropped
                )
                : null;
        }

        var counted = InParallel(ranges, range => ReadRows(request, columns, range, null));
        if (Dropped(request, columns, counted) is not { } droppedRows)
        {
            return null;
        }

        var n = counted.Sum(c => c.Rows);
        if (folds > n)
        {
            throw new CourseStepException($"--cv {folds} asks for more folds than the {n} rows.");
        }

        if (n > int.MaxValue)
        {
            throw new CourseStepException(
                $"--cv assigns folds to at most {int.MaxValue} rows; the file has {n}. Fit a sample, or use --lambda."
            );
        }

        var groups =
            regularization.Method == CvMethod.Time
                ? FoldGroups.TimeOrdered((int)n, folds)
                : FoldGroups.KFold((int)n, folds, regularization.Seed);
        var firstRows = new Dictionary<ByteRange, int>();
        for (int k = 0, first = 0; k < ranges.Count; first += (int)counted[k].Rows, k++)
        {
            firstRows[ranges[k]] = first;
        }

        passStarted?.Invoke(2);
        var parts = InParallel(
            ranges,
            range =>
            {
                var moments = Enumerable.Range(0, groups.GroupCount).Select(_ => new ElasticNetMoments(p)).ToArray();
                var first = firstRows[range];
                ReadRows(request, columns, range, (row, x, y) => moments[groups.GroupOf(first + row)].Add(x, y));
                return moments;
            }
        );
        var cv = CrossValidation.ElasticNet(
            [.. Enumerable.Range(0, groups.GroupCount).Select(g => ElasticNetMoments.Combine(parts.Select(part => part[g])))],
            groups,
            columns.Features,
            options
        );
        return new RegularizedOutcome(request, regularization, cv.FitAtMin, cv, droppedRows);
    }

    // The dropped rows of the whole file from its parts' counts, or null when the parts do not join up.
    private static DroppedRows? Dropped(FitRequest request, StreamColumns columns, IReadOnlyList<RowsPart> parts)
    {
        for (var k = 0; k < parts.Count - 1; k++)
        {
            if (parts[k].TrailingBlankLine != 0 && parts.Skip(k + 1).Any(p => p.Rows + p.Dropped > 0))
            {
                return null;
            }
        }

        var lines = new List<int>(DroppedRows.LinesShown);
        var offset = 0;
        foreach (var part in parts)
        {
            lines.AddRange(part.DroppedLines.Select(line => line + offset).Take(DroppedRows.LinesShown - lines.Count));
            offset += part.LinesRead;
        }

        var dropped = parts.Sum(p => p.Dropped);
        if (parts.Sum(p => p.Rows) == 0)
        {
            throw DroppedRows.NothingLeft(request.DataPath, dropped, columns.Used);
        }

        return new DroppedRows(dropped, lines);
    }

    // Reads one part, handing each complete row (its 0-based index among the part's complete rows, predictors, response) to onRow.
    private static RowsPart ReadRows(FitRequest request, StreamColumns columns, ByteRange range, RowHandler? onRow)
    {
        using var stream = Open(request, columns, range);
        var rows = 0;
        var dropped = 0;
        var lines = new List<int>(DroppedRows.LinesShown);
        while (stream.MoveNext())
        {
            if (stream.MissingIndex < 0)
            {
                onRow?.Invoke(rows, stream.Values[1..], stream.Values[0]);
                rows++;
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

            dropped++;
            if (lines.Count < DroppedRows.LinesShown)
            {
                lines.Add(stream.Line);
            }
        }

        return new RowsPart(rows, dropped, lines, stream.LinesRead, stream.TrailingBlankLine);
    }

    /// <summary>Takes one complete row of a part.</summary>
    /// <param name="row">Its 0-based index among the part's complete rows.</param>
    /// <param name="predictors">The features' values.</param>
    /// <param name="response">The target's value.</param>
    private delegate void RowHandler(int row, ReadOnlySpan<double> predictors, double response);

    /// <summary>What a pass found in one part of the file.</summary>
    /// <param name="Rows">How many rows were complete.</param>
    /// <param name="Dropped">How many rows had a missing value.</param>
    /// <param name="DroppedLines">The first of their lines, counted from the part's start.</param>
    /// <param name="LinesRead">The physical lines of the part.</param>
    /// <param name="TrailingBlankLine">The first blank line after the part's last row, or 0.</param>
    private sealed record RowsPart(long Rows, int Dropped, IReadOnlyList<int> DroppedLines, int LinesRead, int TrailingBlankLine);
}
