using AmazonSalesRegression.Data.Streaming;
using AmazonSalesRegression.Features.Tabular;
using AmazonSalesRegression.Regression;
using AmazonSalesRegression.Regression.Streaming;

namespace AmazonSalesRegression.Cli.Fitting;

/// <summary>The two passes over one part of the file: factoring the rows, then summing what needs the residuals.</summary>
internal static partial class FitStreaming
{
    // The part's complete rows also go to its spool, from which pass 2 reads them without parsing the CSV again.
    private static FirstPart FirstPass(FitRequest request, StreamColumns columns, ByteRange range, NanLabels nanLabels, RowSpool spool)
    {
        using var stream = Open(request, columns, range, nanLabels);
        var ols = new StreamingOls(columns.Features, request.Intercept);
        var predictors = new double[columns.Features.Count];
        var dropped = 0;
        var lines = new List<int>(DroppedRows.LinesShown);
        var sawNanLabel = false;
        DataFormatException? labelError = null;
        while (stream.MoveNext())
        {
            if (stream.MissingIndex < 0)
            {
                stream.Values[1..].CopyTo(predictors);
                ols.Add(predictors, stream.Values[0]);
                spool.Add(stream.Values, stream.Label);
                continue;
            }

            var nanLabel = stream.MissingIndex == columns.Features.Count + 1 && stream.LabelIsNaN;
            sawNanLabel |= nanLabel;
            if (request.Missing == MissingPolicy.Raise && nanLabel)
            {
                // Missing only if the column is numeric, known at the end of the pass.
                labelError ??= MissingError(stream);
                continue;
            }

            if (request.Missing == MissingPolicy.Raise)
            {
                throw MissingError(stream);
            }

            dropped++;
            if (lines.Count < DroppedRows.LinesShown)
            {
                lines.Add(stream.Line);
            }
        }

        spool.Rewind();
        return new FirstPart(ols, dropped, lines, stream.LinesRead, stream.TrailingBlankLine)
        {
            LabelsAreNumbers = stream.LabelsAreNumbers,
            NanLabels = sawNanLabel,
            LabelError =
                stream.InfiniteLabel is { } infinite && (labelError is null || infinite.Line < labelError.Line) ? infinite : labelError,
        };
    }

    private static DataFormatException MissingError(CsvNumericStream stream)
    {
        var (name, sourceColumn) = stream.UsedColumn(stream.MissingIndex);
        return new DataFormatException(
            stream.Source,
            stream.Line,
            sourceColumn,
            name,
            "missing value (an empty cell or NaN); --missing drop, the default, leaves such rows out of the fit."
        );
    }

    private static SecondPart SecondPass(
        FitRequest request,
        StreamColumns columns,
        ByteRange range,
        StreamingOlsResult fit,
        NanLabels nanLabels
    )
    {
        using var stream = Open(request, columns, range, nanLabels);
        var residuals = Residuals(request, fit);
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

        return new SecondPart(residuals, firstLabel);
    }

    // Pass 2 over the complete rows pass 1 spooled: the same rows, in the same order, as parsing the part again gives.
    private static SecondPart SecondPass(FitRequest request, StreamingOlsResult fit, RowSpool spool)
    {
        var residuals = Residuals(request, fit);
        string? firstLabel = null;
        while (spool.TryRead(out var values))
        {
            residuals.Add(values[1..], values[0], spool.Label);
            firstLabel ??= spool.Label;
        }

        return new SecondPart(residuals, firstLabel);
    }

    private static StreamingResiduals Residuals(FitRequest request, StreamingOlsResult fit) =>
        new(
            fit,
            request.Covariance is FitCovariance.Nonrobust or FitCovariance.Cluster
                ? null
                : Enum.Parse<HeteroscedasticityConsistentType>(request.Covariance.ToString()),
            request.Covariance == FitCovariance.Cluster
        );

    /// <summary>What the first pass found in one part of the file.</summary>
    /// <param name="Ols">The factor of the part's complete rows.</param>
    /// <param name="Dropped">How many rows had a missing value.</param>
    /// <param name="DroppedLines">The first of their lines, counted from the part's start.</param>
    /// <param name="LinesRead">The physical lines of the part.</param>
    /// <param name="TrailingBlankLine">The first blank line after the part's last row, or 0.</param>
    private sealed record FirstPart(StreamingOls Ols, int Dropped, IReadOnlyList<int> DroppedLines, int LinesRead, int TrailingBlankLine)
    {
        /// <summary>Whether every label of the part is a number or blank.</summary>
        public bool LabelsAreNumbers { get; init; } = true;

        /// <summary>Whether a row was dropped for a label that reads as NaN.</summary>
        public bool NanLabels { get; init; }

        /// <summary>The part's first error if the label column is numeric: a ±Infinity label, or (raise) a NaN one.</summary>
        public DataFormatException? LabelError { get; init; }
    }

    /// <summary>What the second pass found in one part of the file.</summary>
    /// <param name="Residuals">The residual sums of the part.</param>
    /// <param name="FirstLabel">The part's first cluster label, if any.</param>
    private sealed record SecondPart(StreamingResiduals Residuals, string? FirstLabel);
}
