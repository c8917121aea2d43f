namespace AmazonSalesRegression.Engine.Formatting;

/// <summary>Turns values of the types it recognises into rich representations (HTML, JSON, …).</summary>
internal interface IValueFormatter
{
    /// <summary>True when this formatter recognises <paramref name="value"/>.</summary>
    bool CanFormat(object value);

    /// <summary>Adds this formatter's representations of <paramref name="value"/> to <paramref name="bundle"/>.</summary>
    void Format(object value, MimeBundleBuilder bundle, FormatContext context);
}
