using System.Globalization;
using AmazonSalesRegression.Data.Csv;

namespace AmazonSalesRegression.Data.Parquet;

internal static partial class ParquetCells
{
    private const string DateFormat = "yyyy-MM-dd";

    private const int MaxShownChars = 40;

    // A text value for a message: quoted, long values shortened.
    private static string Show(string text) =>
        "'" + (text.Length > MaxShownChars ? string.Concat(text.AsSpan(0, MaxShownChars - 3), "...") : text) + "'";

    private static TableColumn Dates(ParquetColumn source, CsvColumn target, RowProblems problems)
    {
        var values = new DateOnly[source.Count];
        for (var row = 0; row < values.Length; row++)
        {
            if (source.IsNull(row))
            {
                problems.Add(row, source.Position, source.Name, Missing(target.Type));
            }
            else if (source.Values is DateOnly[] dates)
            {
                values[row] = dates[row];
            }
            else if (
                !DateOnly.TryParseExact(
                    ((string[])source.Values)[row],
                    DateFormat,
                    CultureInfo.InvariantCulture,
                    DateTimeStyles.None,
                    out values[row]
                )
            )
            {
                problems.Add(
                    row,
                    source.Position,
                    source.Name,
                    $"expected a date as yyyy-MM-dd (e.g. 2024-03-15), found {Show(((string[])source.Values)[row])}"
                );
            }
        }

        return new TableColumn<DateOnly>(target.Name, target.Type, source.Position, values, values.Length);
    }

    private static TableColumn Texts(ParquetColumn source, CsvColumn target, RowProblems problems)
    {
        var allowed = target.AllowedValues is { } labels ? new HashSet<string>(labels, StringComparer.Ordinal) : null;
        var shared = target.Type == CsvColumnType.Category ? new Dictionary<string, string>(StringComparer.Ordinal) : null;
        var values = new string[source.Count];
        for (var row = 0; row < values.Length; row++)
        {
            var text = source.Values is DateOnly[] dates
                ? dates[row].ToString(DateFormat, CultureInfo.InvariantCulture)
                : ((string[])source.Values)[row];
            if (source.IsNull(row) || text.Length == 0)
            {
                values[row] = string.Empty;
                if (!target.AllowEmpty)
                {
                    problems.Add(
                        row,
                        source.Position,
                        source.Name,
                        source.IsNull(row) ? Missing(target.Type) : $"expected {Expected(target.Type)}, found an empty value"
                    );
                }

                continue;
            }

            if (allowed is not null && !allowed.Contains(text))
            {
                problems.Add(
                    row,
                    source.Position,
                    source.Name,
                    $"expected one of {string.Join(", ", target.AllowedValues!)}, found {Show(text)}"
                );
            }

            if (shared is not null && !shared.TryAdd(text, text))
            {
                text = shared[text];
            }

            values[row] = text;
        }

        return new TableColumn<string>(target.Name, target.Type, source.Position, values, values.Length);
    }
}
