using System.Reflection;

namespace AmazonSalesRegression.Engine.Formatting;

/// <summary>
/// Any object with a public instance <c>string ToHtml()</c> method (a library's model summaries, the cells'
/// <c>HTML(...)</c> helper) shows that HTML as <c>text/html</c>; its <c>text/plain</c> form comes from the plain formatter.
/// </summary>
internal sealed class ToHtmlFormatter : IValueFormatter
{
    private const string MethodName = "ToHtml";

    public bool CanFormat(object value) => Find(value.GetType()) is not null;

    public void Format(object value, MimeBundleBuilder bundle, FormatContext context)
    {
        var html = (string?)Find(value.GetType())!.Invoke(value, null);
        bundle.AddText(MimeTypes.Html, html ?? string.Empty);
    }

    private static MethodInfo? Find(Type type) =>
        type.GetMethod(MethodName, BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes) is { } method
        && method.ReturnType == typeof(string)
            ? method
            : null;
}
