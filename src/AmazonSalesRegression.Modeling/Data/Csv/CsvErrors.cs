using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Data.Csv;

/// <summary>Builds the <see cref="DataFormatException"/>s and problem texts shared by the CSV readers.</summary>
internal static class CsvErrors
{
    private const int MaxShownChars = 40;

    /// <summary>A field's text for a message: quoted, control characters escaped, long values shortened.</summary>
    public static string Show(ReadOnlySpan<char> text)
    {
        var shown = text.Length > MaxShownChars ? string.Concat(text[..(MaxShownChars - 3)], "...") : text.ToString();
        return "'" + shown.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "'";
    }

    /// <summary>What a value of <paramref name="type"/> looks like, as used after "expected".</summary>
    public static string Expected(CsvColumnType type) =>
        type switch
        {
            CsvColumnType.Double => "a number (invariant culture, e.g. 12.5)",
            CsvColumnType.Int32 => "a whole number (e.g. 42)",
            CsvColumnType.Boolean01 => "0 or 1 (or true/false)",
            CsvColumnType.Date => "a date as yyyy-MM-dd (e.g. 2024-03-15)",
            _ => "a non-empty text value",
        };

    /// <summary>The file has no header line.</summary>
    public static DataFormatException EmptyFile(string source) =>
        new(source, 1, null, null, "the file is empty; expected a header line naming the columns");

    /// <summary>A row has a different number of fields than the header.</summary>
    public static DataFormatException Ragged(string source, int line, IReadOnlyList<string> header, int found)
    {
        var expected = header.Count;
        return found < expected
            ? new(
                source,
                line,
                found + 1,
                header[found],
                $"expected {expected} fields as in the header, found {found}; the row ends before this column"
            )
            : new(
                source,
                line,
                expected + 1,
                null,
                $"expected {expected} fields as in the header, found {found}; the row has {found - expected} extra field(s)"
            );
    }

    /// <summary>An empty line followed by more rows.</summary>
    public static DataFormatException BlankLine(string source, int line, int expectedFields) =>
        new(
            source,
            line,
            null,
            null,
            $"blank line between rows; expected {expectedFields} fields as in the header (empty lines are only allowed at the end of the file)"
        );

    /// <summary>A quoted field whose closing quote is missing.</summary>
    public static DataFormatException UnterminatedQuote(string source, int line, int column) =>
        new(
            source,
            line,
            column,
            null,
            $"unterminated quoted field: the quote opened on line {line} is never closed (double a quote inside a quoted field as \"\")"
        );

    /// <summary>A quote inside an unquoted field.</summary>
    public static DataFormatException StrayQuote(string source, int line, int column) =>
        new(
            source,
            line,
            column,
            null,
            "unexpected '\"' inside an unquoted field; expected the whole field in quotes with inner quotes doubled, e.g. \"say \"\"hi\"\"\""
        );

    /// <summary>Text between a closing quote and the next separator.</summary>
    public static DataFormatException AfterClosingQuote(string source, int line, int column, char found) =>
        new(source, line, column, null, $"unexpected {Show([found])} after a closing quote; expected ',' or the end of the line");
}
