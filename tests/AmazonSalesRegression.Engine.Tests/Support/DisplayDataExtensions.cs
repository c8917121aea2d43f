namespace AmazonSalesRegression.Engine.Tests.Support;

public static class DisplayDataExtensions
{
    public static string Text(this DisplayData data, string mimeType = "text/plain") => data.Data[mimeType].GetValue<string>();
}
