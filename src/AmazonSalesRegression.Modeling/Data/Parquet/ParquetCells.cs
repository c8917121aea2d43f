using System.Globalization;
using AmazonSalesRegression.Data.Csv;
using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Data.Parquet;

/// <summary>
/// Converts a Parquet column to a table column of a schema's type, checking every value as the CSV reader does
/// (missing values, NaN and infinities, ranges, allowed labels). A Parquet type that cannot hold the schema's type is
/// an error for the whole column; a bad value is a problem of its row, recorded in <see cref="RowProblems"/>.
/// </summary>
internal static partial class ParquetCells
{
    // Integers beyond 2^53 have no exact double.
    private const long MaxExactInteger = 1L << 53;

    /// <summary>The values of <paramref name="source"/> as a column of <paramref name="target"/>'s type.</summary>
    /// <param name="source">The Parquet column.</param>
    /// <param name="target">The schema column it is read as.</param>
    /// <param name="path">The file, for errors.</param>
    /// <param name="problems">Where bad values are recorded.</param>
    /// <exception cref="DataFormatException">The Parquet column's type cannot hold <paramref name="target"/>'s values.</exception>
    public static TableColumn Convert(ParquetColumn source, CsvColumn target, string path, RowProblems problems) =>
        target.Type switch
        {
            CsvColumnType.Double when source.Kind is ParquetValueKind.Floating or ParquetValueKind.Integer or ParquetValueKind.Boolean =>
                Doubles(source, target, problems),
            CsvColumnType.Int32 when source.Kind is ParquetValueKind.Integer => Ints(source, target, problems),
            CsvColumnType.Boolean01 when source.Kind is ParquetValueKind.Boolean or ParquetValueKind.Integer => Flags(
                source,
                target,
                problems
            ),
            CsvColumnType.Date when source.Kind is ParquetValueKind.Date or ParquetValueKind.Text => Dates(source, target, problems),
            CsvColumnType.String or CsvColumnType.Category when source.Kind is ParquetValueKind.Text or ParquetValueKind.Date => Texts(
                source,
                target,
                problems
            ),
            _ => throw new DataFormatException(
                path,
                null,
                source.Position,
                source.Name,
                $"expected {Accepted(target.Type)}, but the Parquet column holds {source.TypeName} values."
            ),
        };

    private static string Accepted(CsvColumnType type) =>
        type switch
        {
            CsvColumnType.Double => "numbers (a double, float, decimal, integer or boolean column)",
            CsvColumnType.Int32 => "whole numbers (an integer column)",
            CsvColumnType.Boolean01 => "flags (a boolean column, or integers 0 and 1)",
            CsvColumnType.Date => "dates (a date column, or text as yyyy-MM-dd)",
            _ => "text (a string column)",
        };

    private static string Expected(CsvColumnType type) =>
        type switch
        {
            CsvColumnType.Double => "a number",
            CsvColumnType.Int32 => "a whole number",
            CsvColumnType.Boolean01 => "true/false or 0/1",
            CsvColumnType.Date => "a date",
            _ => "a non-empty text value",
        };

    private static string Missing(CsvColumnType type) => $"expected {Expected(type)}, found null (a missing value)";

    private static string Show(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Show(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static TableColumn Doubles(ParquetColumn source, CsvColumn target, RowProblems problems)
    {
        var values = new double[source.Count];
        for (var row = 0; row < values.Length; row++)
        {
            if (source.IsNull(row))
            {
                values[row] = double.NaN;
                if (!target.AllowEmpty)
                {
                    problems.Add(row, source.Position, source.Name, Missing(target.Type));
                }

                continue;
            }

            var problem = source.Values switch
            {
                double[] numbers => Check(target, values[row] = numbers[row]),
                long[] integers when Math.Abs(integers[row]) > MaxExactInteger =>
                    $"expected a number a double holds exactly (at most 2^53 in size), found {Show(integers[row])}",
                long[] integers => Check(target, values[row] = integers[row]),
                _ => Check(target, values[row] = ((bool[])source.Values)[row] ? 1 : 0),
            };
            if (problem is not null)
            {
                problems.Add(row, source.Position, source.Name, problem);
            }
        }

        return new TableColumn<double>(target.Name, target.Type, source.Position, values, values.Length);
    }

    private static string? Check(CsvColumn target, double value) =>
        !double.IsFinite(value) && !target.AllowNonFinite
            ? $"expected a finite number (NaN and Infinity are not allowed here), found {Show(value)}"
        : target.Range is { } range && !double.IsNaN(value) && !range.Contains(value) ? $"expected a value {range}, found {Show(value)}"
        : null;

    private static TableColumn Ints(ParquetColumn source, CsvColumn target, RowProblems problems)
    {
        var integers = (long[])source.Values;
        var values = new int[source.Count];
        for (var row = 0; row < values.Length; row++)
        {
            var value = integers[row];
            var problem =
                source.IsNull(row) ? Missing(target.Type)
                : value is < int.MinValue or > int.MaxValue
                    ? $"expected a whole number from {int.MinValue} to {int.MaxValue} (32 bits), found {Show(value)}"
                : target.Range is { } range && !range.Contains(value) ? $"expected a value {range}, found {Show(value)}"
                : null;
            if (problem is null)
            {
                values[row] = (int)value;
            }
            else
            {
                problems.Add(row, source.Position, source.Name, problem);
            }
        }

        return new TableColumn<int>(target.Name, target.Type, source.Position, values, values.Length);
    }

    private static TableColumn Flags(ParquetColumn source, CsvColumn target, RowProblems problems)
    {
        var values = new bool[source.Count];
        for (var row = 0; row < values.Length; row++)
        {
            if (source.IsNull(row))
            {
                problems.Add(row, source.Position, source.Name, Missing(target.Type));
            }
            else if (source.Values is bool[] flags)
            {
                values[row] = flags[row];
            }
            else if (((long[])source.Values)[row] is var value && value is 0 or 1)
            {
                values[row] = value == 1;
            }
            else
            {
                problems.Add(
                    row,
                    source.Position,
                    source.Name,
                    $"expected 0 or 1 (or true/false), found {Show(((long[])source.Values)[row])}"
                );
            }
        }

        return new TableColumn<bool>(target.Name, target.Type, source.Position, values, values.Length);
    }
}
