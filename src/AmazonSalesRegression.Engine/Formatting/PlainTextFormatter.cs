using System.Collections;
using System.Reflection;
using System.Text;

namespace AmazonSalesRegression.Engine.Formatting;

/// <summary>
/// The <c>text/plain</c> form every value gets: strings as they are, numbers and dates in the invariant culture,
/// sequences as <c>[a, b, … N more]</c>, types that override <see cref="object.ToString"/> by it, and other objects
/// as <c>Type { Property = value, … }</c>.
/// </summary>
internal static class PlainTextFormatter
{
    private const int MaxDepth = 2;

    /// <summary>How a trailing expression or a displayed value reads as plain text.</summary>
    public static string Format(object? value, FormatContext context) => Format(value, context.MaxRows, 0) ?? "<null>";

    /// <summary>How a value reads inside a table cell: one short line; <see langword="null"/> reads <c>null</c>.</summary>
    public static string FormatCell(object? value) => (Format(value, 5, MaxDepth - 1) ?? "null").ReplaceLineEndings(" ");

    private static string? Format(object? value, int maxItems, int depth) =>
        value switch
        {
            null => null,
            string text => text,
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            Type type => TypeNames.Friendly(type),
            IEnumerable sequence when depth < MaxDepth => FormatSequence(sequence, maxItems, depth),
            _ when OverridesToString(value.GetType()) => value.ToString() ?? string.Empty,
            _ when depth < MaxDepth => FormatProperties(value, depth),
            _ => value.ToString() ?? string.Empty,
        };

    private static string FormatSequence(IEnumerable sequence, int maxItems, int depth)
    {
        var items = new List<string>();
        var more = 0;
        foreach (var item in sequence)
        {
            if (items.Count < maxItems)
            {
                items.Add(Format(item, maxItems, depth + 1) ?? "null");
            }
            else
            {
                more++;
            }
        }

        if (more > 0)
        {
            items.Add($"… {more.ToString(CultureInfo.InvariantCulture)} more");
        }

        return "[" + string.Join(", ", items) + "]";
    }

    private static string FormatProperties(object value, int depth)
    {
        var builder = new StringBuilder(TypeNames.Friendly(value.GetType())).Append(" {");
        var first = true;
        foreach (var property in ReadableProperties(value.GetType()))
        {
            builder.Append(first ? " " : ", ").Append(property.Name).Append(" = ");
            builder.Append(Format(SafeGet(property, value), 5, depth + 1) ?? "null");
            first = false;
        }

        return builder.Append(first ? "}" : " }").ToString();
    }

    /// <summary>Public instance properties without index parameters, in declaration order.</summary>
    public static IReadOnlyList<PropertyInfo> ReadableProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetMethod!.IsPublic)
            .OrderBy(p => p.MetadataToken)
            .ToArray();

    /// <summary>The property's value, or the exception's message in angle brackets when the getter throws.</summary>
    public static object? SafeGet(PropertyInfo property, object target)
    {
        try
        {
            return property.GetValue(target);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            return $"<{e.InnerException.GetType().Name}: {e.InnerException.Message}>";
        }
    }

    private static bool OverridesToString(Type type) =>
        type.GetMethod(nameof(ToString), Type.EmptyTypes)?.DeclaringType is { } declaring
        && declaring != typeof(object)
        && declaring != typeof(ValueType);
}
