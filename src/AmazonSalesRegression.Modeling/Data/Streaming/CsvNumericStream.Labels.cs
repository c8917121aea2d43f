using System.Globalization;
using AmazonSalesRegression.Data.Csv;
using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Data.Streaming;

/// <summary>
/// The label column, read as the in-memory reader reads it: whether it is a numeric column (every value a number or
/// blank) is known only after the last row, so labels are kept as written and the caller merges equal numbers then.
/// </summary>
public sealed partial class CsvNumericStream
{
    /// <summary>Whether every label read so far (on every row, complete or not) is a number or blank, so the in-memory reader would read the column as numbers.</summary>
    public bool LabelsAreNumbers { get; private set; } = true;

    /// <summary>Whether the current row's label reads as NaN (missing if the column is numeric, a label if it is text).</summary>
    public bool LabelIsNaN { get; private set; }

    /// <summary>
    /// The error for the first ±Infinity label, which the in-memory reader rejects when the column is numeric; null
    /// when there is none. Lines count from the start of the range read.
    /// </summary>
    public DataFormatException? InfiniteLabel { get; private set; }

    /// <summary>The label of a column of numbers for <paramref name="label"/>, a number as written: its round-trip form, so <c>1</c> and <c>1.0</c> are one label.</summary>
    /// <exception cref="FormatException"><paramref name="label"/> is not a number.</exception>
    public static string NumericLabel(string label) =>
        InvariantParsing.TryParseDouble(label, out var number)
            ? number.ToString("R", CultureInfo.InvariantCulture)
            : throw new FormatException($"'{label}' is not a number.");

    private void ReadLabel(ReadOnlySpan<char> text)
    {
        LabelIsNaN = false;
        if (text.IsWhiteSpace())
        {
            Label = null;
            return;
        }

        if (!InvariantParsing.TryParseDouble(text, out var number))
        {
            LabelsAreNumbers = false;
            Label = text.ToString();
            return;
        }

        if (double.IsInfinity(number) && InfiniteLabel is null)
        {
            InfiniteLabel = new DataFormatException(
                Source,
                Line,
                _labelField + 1,
                _header[_labelField],
                $"expected a finite number, found {number.ToString(CultureInfo.InvariantCulture)}; fix the value, or leave the cell empty to mark it missing."
            );
        }

        LabelIsNaN = double.IsNaN(number);
        Label = LabelIsNaN && _nanLabelsMissing ? null : text.ToString();
    }
}
