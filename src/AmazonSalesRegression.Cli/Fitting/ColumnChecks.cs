using System.Globalization;
using AmazonSalesRegression.Data.Csv;
using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Cli.Fitting;

/// <summary>Checks the values of the columns a fit uses; every error names file, line (Parquet: row), column and the value found.</summary>
internal static class ColumnChecks
{
    /// <summary>Rejects what the column's use does not accept: a missing column, text where numbers are needed, numbers mixed with text, ±Infinity.</summary>
    /// <param name="table">The file's rows.</param>
    /// <param name="column">The column and its use.</param>
    /// <exception cref="DataFormatException">The column cannot be used so.</exception>
    public static void Check(ColumnTable table, UsedColumn column)
    {
        if (!table.Contains(column.Name))
        {
            throw new DataFormatException(
                table.Source,
                table.HeaderLine,
                null,
                column.Name,
                $"the {column.Role} column is not in the header; columns are: {string.Join(", ", table.ColumnNames)}."
            );
        }

        var values = table[column.Name];
        if (values.IsNumeric)
        {
            RejectInfinity(table, values);
            return;
        }

        if (column.Use == ColumnUse.Label)
        {
            return;
        }

        if (FirstTextAmongNumbers(table, values) is { } mixed)
        {
            throw mixed;
        }

        if (column.Use == ColumnUse.Number)
        {
            throw new DataFormatException(
                table.Source,
                table.HeaderLine,
                values.SourceColumn,
                column.Name,
                $"the {column.Role} must be numeric, but the column holds text ({table.RowName(0)} has '{table.Get<string>(column.Name)[0]}'); "
                    + $"to use it as a category, fit with --formula \"... ~ ... + C({column.Name})\"."
            );
        }
    }

    /// <summary>Whether row <paramref name="row"/> of the column is missing: NaN, or an empty (or blank) text cell.</summary>
    public static bool IsMissing(TableColumn column, int row) =>
        column switch
        {
            TableColumn<double> numbers => double.IsNaN(numbers[row]),
            TableColumn<string> text => string.IsNullOrWhiteSpace(text[row]),
            _ => false,
        };

    /// <summary>Sets <paramref name="missing"/>[row] for every row where the column is missing (see <see cref="IsMissing"/>).</summary>
    public static void MarkMissing(TableColumn column, bool[] missing)
    {
        if (column is TableColumn<double> numbers)
        {
            var values = numbers.AsSpan();
            for (var row = 0; row < values.Length; row++)
            {
                missing[row] |= double.IsNaN(values[row]);
            }
        }
        else if (column is TableColumn<string>)
        {
            for (var row = 0; row < column.Count; row++)
            {
                missing[row] |= IsMissing(column, row);
            }
        }
    }

    // A text column in which some values are numbers: the first value that is not, as an error suggesting C(column).
    private static DataFormatException? FirstTextAmongNumbers(ColumnTable table, TableColumn column)
    {
        var text = table.Get<string>(column.Name);
        int? number = null;
        int? word = null;
        for (var row = 0; row < text.Count && (number is null || word is null); row++)
        {
            if (string.IsNullOrWhiteSpace(text[row]))
            {
                continue;
            }

            if (double.TryParse(text[row], NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                number ??= row;
            }
            else
            {
                word ??= row;
            }
        }

        return number is { } n && word is { } w
            ? table.ErrorAt(
                w,
                column.Name,
                $"expected a number, found '{text[w]}' (the column holds numbers, e.g. '{text[n]}' on {table.RowName(n)}). "
                    + $"Fix the value, or leave the cell empty to mark it missing; if '{column.Name}' is a category, write C({column.Name}) in --formula."
            )
            : null;
    }

    private static void RejectInfinity(ColumnTable table, TableColumn column)
    {
        if (column is not TableColumn<double> numbers)
        {
            return;
        }

        for (var row = 0; row < numbers.Count; row++)
        {
            if (double.IsInfinity(numbers[row]))
            {
                throw table.ErrorAt(
                    row,
                    column.Name,
                    $"expected a finite number, found {numbers[row].ToString(CultureInfo.InvariantCulture)}; fix the value, or leave the cell empty to mark it missing."
                );
            }
        }
    }
}
