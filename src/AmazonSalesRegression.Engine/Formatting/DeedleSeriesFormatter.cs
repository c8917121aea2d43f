using System.Collections;
using Deedle;

namespace AmazonSalesRegression.Engine.Formatting;

/// <summary>
/// A Deedle <c>Series&lt;K, V&gt;</c> as a two-column table (key, value) of its first observations, missing values
/// included. Reflects on <c>ObservationsAll</c>: pairs of a key and an <c>OptionalValue&lt;V&gt;</c>.
/// </summary>
internal sealed class DeedleSeriesFormatter : IValueFormatter
{
    public bool CanFormat(object value) =>
        value.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(Series<,>);

    public void Format(object value, MimeBundleBuilder bundle, FormatContext context)
    {
        var type = value.GetType();
        var observations = (IEnumerable)type.GetProperty(nameof(Series<int, int>.ObservationsAll))!.GetValue(value)!;

        var labels = new List<string>();
        var rows = new List<IReadOnlyList<string>>();
        var total = 0;
        foreach (var pair in observations)
        {
            total++;
            if (labels.Count >= context.MaxRows)
            {
                continue;
            }

            var pairType = pair.GetType();
            var key = pairType.GetProperty("Key")!.GetValue(pair);
            var optional = pairType.GetProperty("Value")!.GetValue(pair)!;
            var optionalType = optional.GetType();
            var hasValue = (bool)optionalType.GetProperty(nameof(OptionalValue<int>.HasValue))!.GetValue(optional)!;
            labels.Add(PlainTextFormatter.FormatCell(key));
            rows.Add([
                hasValue
                    ? PlainTextFormatter.FormatCell(optionalType.GetProperty(nameof(OptionalValue<int>.Value))!.GetValue(optional))
                    : DeedleValues.Missing,
            ]);
        }

        bundle.AddTable(new DisplayTable($"{TypeNames.Friendly(type)} ({Counts.Of(total, "item")})", ["value"], labels, rows, total, 1));
    }
}
