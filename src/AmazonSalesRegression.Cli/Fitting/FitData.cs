using AmazonSalesRegression.Data;
using AmazonSalesRegression.Data.Csv;
using AmazonSalesRegression.Features.Formulas;
using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Cli.Fitting;

/// <summary>
/// Reads the CSV (or Parquet) file for a fit and decides its rows and columns. Numeric columns may have missing values (empty cells or
/// <c>NaN</c>); every column the model uses is checked, and rows with a missing value in one of them are dropped and
/// reported (<see cref="MissingPolicy.Drop"/>) or stop the fit (<see cref="MissingPolicy.Raise"/>). No column is left
/// out unless the user's <c>--features</c> or formula leaves it out.
/// </summary>
internal static class FitData
{
    /// <summary>Reads and prepares the rows of <paramref name="request"/>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="formula">The parsed <see cref="FitRequest.Formula"/>, or null for a target/features fit.</param>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="DataFormatException">A used column is missing or holds values it cannot, or (raise) a value is missing; the message names file, line and column.</exception>
    public static PreparedData Prepare(FitRequest request, Formula? formula)
    {
        DataFile.Require(request.DataPath);

        var table = TableFiles.ReadInferred(request.DataPath, new CsvReadOptions { RequireRows = true, MissingNumbers = true });
        var (used, features) = formula is null ? ForColumns(request, table) : (ForFormula(request, formula, table), []);
        foreach (var column in used)
        {
            ColumnChecks.Check(table, column);
        }

        var present = used.Where(c => table.Contains(c.Name)).Select(c => table[c.Name]).ToArray();
        var flags = new bool[table.RowCount];
        foreach (var column in present)
        {
            ColumnChecks.MarkMissing(column, flags);
        }

        var missing = Enumerable.Range(0, flags.Length).Where(row => flags[row]).ToArray();
        if (missing.Length == 0)
        {
            return new PreparedData(table, [], features, request.Features is null) { DroppedNumbering = table.Numbering };
        }

        if (request.Missing == MissingPolicy.Raise)
        {
            var column = present.First(c => ColumnChecks.IsMissing(c, missing[0]));
            throw table.ErrorAt(
                missing[0],
                column.Name,
                "missing value (an empty cell or NaN); --missing drop, the default, leaves such rows out of the fit."
            );
        }

        if (missing.Length == table.RowCount)
        {
            throw DroppedRows.NothingLeft(table.Source, table.RowCount, present.Select(c => c.Name));
        }

        var dropped = missing.ToHashSet();
        return new PreparedData(
            TableRows.Where(table, row => !dropped.Contains(row)),
            [.. missing.Select(row => table.LineNumbers[row])],
            features,
            request.Features is null
        )
        {
            DroppedNumbering = table.Numbering,
        };
    }

    private static (List<UsedColumn> Used, IReadOnlyList<string> Features) ForColumns(FitRequest request, ColumnTable table)
    {
        var target = request.Target!;
        ColumnChecks.Check(table, new UsedColumn(target, ColumnUse.Number, "target"));
        if (request.Features?.Contains(target) == true)
        {
            throw new DataFormatException(table.Source, table.HeaderLine, null, target, "the target cannot also be a feature.");
        }

        var features = request.Features ?? DefaultFeatures(request, table);
        List<UsedColumn> used =
        [
            new(target, ColumnUse.Number, "target"),
            .. features.Select(f => new UsedColumn(f, ColumnUse.Number, "feature")),
        ];
        if (request.Groups is { } groups)
        {
            used.Add(new UsedColumn(groups, ColumnUse.Label, "--groups"));
        }

        return (used, features);
    }

    // Every column but the target and the groups. A text column is not skipped silently: it is an error that says how to
    // use it (as a category in a formula) or how to leave it out (--features).
    private static IReadOnlyList<string> DefaultFeatures(FitRequest request, ColumnTable table)
    {
        var features = table.Columns.Where(c => c.Name != request.Target && c.Name != request.Groups).ToList();
        foreach (var column in features)
        {
            ColumnChecks.Check(table, new UsedColumn(column.Name, ColumnUse.Formula, "feature"));
            if (!column.IsNumeric)
            {
                throw new DataFormatException(
                    table.Source,
                    table.HeaderLine,
                    column.SourceColumn,
                    column.Name,
                    $"the column holds text ({table.RowName(0)} has '{table.Get<string>(column.Name)[0]}'), and without --features every column but the target is a numeric feature. "
                        + $"Fit it as a category with --formula \"{request.Target} ~ ... + C({column.Name})\", or choose the features with --features."
                );
            }
        }

        return features.Count > 0
            ? [.. features.Select(c => c.Name)]
            : throw new DataFormatException(
                table.Source,
                null,
                null,
                null,
                $"there is no column besides the target '{request.Target}' to use as a feature."
            );
    }

    private static List<UsedColumn> ForFormula(FitRequest request, Formula formula, ColumnTable table)
    {
        var categorical = formula.CategoricalVariables.ToHashSet(StringComparer.Ordinal);

        // A name the file lacks is left to the formula, whose error points at it in the formula text.
        List<UsedColumn> used =
        [
            .. formula
                .Variables.Where(table.Contains)
                .Select(v => new UsedColumn(v, categorical.Contains(v) ? ColumnUse.Label : ColumnUse.Formula, "formula variable")),
        ];
        if (request.Groups is { } groups)
        {
            used.Add(new UsedColumn(groups, ColumnUse.Label, "--groups"));
        }

        return used;
    }
}
