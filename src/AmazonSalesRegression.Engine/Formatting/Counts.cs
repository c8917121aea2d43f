namespace AmazonSalesRegression.Engine.Formatting;

/// <summary>Counted nouns for captions: <c>1 row</c>, <c>3 rows</c>.</summary>
internal static class Counts
{
    /// <summary><paramref name="count"/> followed by <paramref name="noun"/>, with an <c>s</c> unless the count is one.</summary>
    public static string Of(long count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
