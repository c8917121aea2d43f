using AmazonSalesRegression.Data.Streaming;
using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Cli.Fitting;

/// <summary>The columns of a streaming fit, checked against the header with the in-memory path's messages.</summary>
internal static partial class FitStreaming
{
    private static StreamColumns Columns(FitRequest request)
    {
        var header = CsvNumericStream.ReadHeader(request.DataPath);
        var target = request.Target!;
        Require(request, header, target, "target");
        if (request.Features?.Contains(target) == true)
        {
            throw new DataFormatException(request.DataPath, 1, null, target, "the target cannot also be a feature.");
        }

        var features = request.Features ?? [.. header.Where(c => c != target && c != request.Groups)];
        if (features.Count == 0)
        {
            throw new DataFormatException(
                request.DataPath,
                null,
                null,
                null,
                $"there is no column besides the target '{target}' to use as a feature."
            );
        }

        foreach (var feature in features)
        {
            Require(request, header, feature, "feature");
        }

        if (request.Groups is { } groups)
        {
            Require(request, header, groups, "--groups");
        }

        return new StreamColumns(
            header,
            target,
            features,
            request.Features is null,
            [target, .. features, .. request.Groups is null ? Array.Empty<string>() : [request.Groups]]
        );
    }

    private static void Require(FitRequest request, IReadOnlyList<string> header, string name, string role)
    {
        if (!header.Contains(name))
        {
            throw new DataFormatException(
                request.DataPath,
                1,
                null,
                name,
                $"the {role} column is not in the header; columns are: {string.Join(", ", header)}."
            );
        }
    }

    private static CsvNumericStream Open(
        FitRequest request,
        StreamColumns columns,
        ByteRange range,
        NanLabels nanLabels = NanLabels.Missing
    ) =>
        new(
            request.DataPath,
            range,
            columns.Header,
            [columns.Target, .. columns.Features],
            request.Groups,
            cell => TextError(columns, cell),
            nanLabels
        );

    // The in-memory path's wording: text among numbers, or a column of text used as the target or a feature.
    private static DataFormatException TextError(StreamColumns columns, NonNumericCell cell)
    {
        if (cell.ExampleNumber is { } number)
        {
            return new DataFormatException(
                cell.Source,
                cell.Line,
                cell.SourceColumn,
                cell.Column,
                $"expected a number, found '{cell.Text}' (the column holds numbers, e.g. '{number}' on line {cell.ExampleLine}). "
                    + $"Fix the value, or leave the cell empty to mark it missing; if '{cell.Column}' is a category, write C({cell.Column}) in --formula."
            );
        }

        if (columns.DefaultFeatures && cell.Column != columns.Target)
        {
            return new DataFormatException(
                cell.Source,
                1,
                cell.SourceColumn,
                cell.Column,
                $"the column holds text (line {cell.FirstLine} has '{cell.FirstText}'), and without --features every column but the target is a numeric feature. "
                    + $"Fit it as a category with --formula \"{columns.Target} ~ ... + C({cell.Column})\", or choose the features with --features."
            );
        }

        var role = cell.Column == columns.Target ? "target" : "feature";
        return new DataFormatException(
            cell.Source,
            1,
            cell.SourceColumn,
            cell.Column,
            $"the {role} must be numeric, but the column holds text (line {cell.FirstLine} has '{cell.FirstText}'); "
                + $"to use it as a category, fit with --formula \"... ~ ... + C({cell.Column})\"."
        );
    }

    /// <summary>The columns a streaming fit reads.</summary>
    /// <param name="Header">Every column of the file, in order.</param>
    /// <param name="Target">The response.</param>
    /// <param name="Features">The predictors, in order.</param>
    /// <param name="DefaultFeatures">Whether the features are every column but target and groups.</param>
    /// <param name="Used">Every column the fit uses, as missing-value messages list them.</param>
    private sealed record StreamColumns(
        IReadOnlyList<string> Header,
        string Target,
        IReadOnlyList<string> Features,
        bool DefaultFeatures,
        IReadOnlyList<string> Used
    );
}
