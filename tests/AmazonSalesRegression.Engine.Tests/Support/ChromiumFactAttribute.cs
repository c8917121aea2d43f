namespace AmazonSalesRegression.Engine.Tests.Support;

/// <summary>A fact that needs headless Chromium; skipped, with how to get it, when there is none.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null)
        {
            Skip = Chromium.Missing;
        }
    }
}
