using Deedle;

namespace AmazonSalesRegression.Engine.Formatting;

/// <summary>Cell text for Deedle's optional values.</summary>
internal static class DeedleValues
{
    /// <summary>The text Deedle prints for a missing value.</summary>
    public const string Missing = "<missing>";

    /// <summary>The value's cell text, or <see cref="Missing"/>.</summary>
    public static string Cell(OptionalValue<object> value) => value.HasValue ? PlainTextFormatter.FormatCell(value.Value) : Missing;
}
