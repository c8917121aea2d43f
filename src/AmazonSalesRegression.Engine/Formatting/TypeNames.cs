namespace AmazonSalesRegression.Engine.Formatting;

/// <summary>C#-style type names for captions and plain text, e.g. <c>List&lt;int&gt;</c> or <c>double[]</c>.</summary>
internal static class TypeNames
{
    private static readonly Dictionary<Type, string> s_keywords = new()
    {
        [typeof(bool)] = "bool",
        [typeof(byte)] = "byte",
        [typeof(sbyte)] = "sbyte",
        [typeof(char)] = "char",
        [typeof(short)] = "short",
        [typeof(ushort)] = "ushort",
        [typeof(int)] = "int",
        [typeof(uint)] = "uint",
        [typeof(long)] = "long",
        [typeof(ulong)] = "ulong",
        [typeof(float)] = "float",
        [typeof(double)] = "double",
        [typeof(decimal)] = "decimal",
        [typeof(string)] = "string",
        [typeof(object)] = "object",
    };

    /// <summary>The C# spelling of <paramref name="type"/> without namespaces; anonymous types read <c>anonymous</c>.</summary>
    public static string Friendly(Type type)
    {
        if (s_keywords.TryGetValue(type, out var keyword))
        {
            return keyword;
        }

        if (type.IsArray)
        {
            return Friendly(type.GetElementType()!) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Friendly(underlying) + "?";
        }

        if (type.Name.StartsWith("<>f__AnonymousType", StringComparison.Ordinal))
        {
            return "anonymous";
        }

        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (!type.IsGenericType || tick < 0)
        {
            return name;
        }

        return name[..tick] + "<" + string.Join(", ", type.GetGenericArguments().Select(Friendly)) + ">";
    }
}
