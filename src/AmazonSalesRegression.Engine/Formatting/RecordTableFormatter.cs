using System.Collections;
using System.Reflection;

namespace AmazonSalesRegression.Engine.Formatting;

/// <summary>
/// A sequence of records or other plain objects (an <see cref="IEnumerable{T}"/> whose element type has public
/// properties and is not a scalar, string or sequence) as a table with one column per public property.
/// </summary>
internal sealed class RecordTableFormatter : IValueFormatter
{
    public bool CanFormat(object value) => value is IEnumerable and not string && RecordType(value.GetType()) is not null;

    public void Format(object value, MimeBundleBuilder bundle, FormatContext context)
    {
        var elementType = RecordType(value.GetType())!;
        var properties = PlainTextFormatter.ReadableProperties(elementType);
        var shown = properties.Take(context.MaxColumns).ToArray();

        var rows = new List<IReadOnlyList<string>>();
        var total = 0;
        foreach (var item in (IEnumerable)value)
        {
            total++;
            if (rows.Count < context.MaxRows)
            {
                rows.Add(
                    shown.Select(p => item is null ? "null" : PlainTextFormatter.FormatCell(PlainTextFormatter.SafeGet(p, item))).ToArray()
                );
            }
        }

        bundle.AddTable(
            new DisplayTable(
                $"{TypeNames.Friendly(elementType)} ({Counts.Of(total, "row")})",
                shown.Select(p => p.Name).ToArray(),
                Enumerable.Range(0, rows.Count).Select(r => r.ToString(CultureInfo.InvariantCulture)).ToArray(),
                rows,
                total,
                properties.Count
            )
        );
    }

    /// <summary>The element type when it is record-like, otherwise <see langword="null"/>.</summary>
    private static Type? RecordType(Type sequenceType)
    {
        var element = sequenceType.IsArray
            ? sequenceType.GetElementType()
            : sequenceType
                .GetInterfaces()
                .Append(sequenceType)
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
                .Select(i => i.GetGenericArguments()[0])
                .FirstOrDefault();

        if (
            element is null
            || element == typeof(object)
            || element.IsPrimitive
            || element.IsEnum
            || element.IsPointer
            || element == typeof(string)
            || typeof(IFormattable).IsAssignableFrom(element)
            || typeof(IEnumerable).IsAssignableFrom(element)
            || element.IsGenericType && element.GetGenericTypeDefinition() == typeof(KeyValuePair<,>)
        )
        {
            return null;
        }

        return element.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => p.GetIndexParameters().Length == 0)
            ? element
            : null;
    }
}
