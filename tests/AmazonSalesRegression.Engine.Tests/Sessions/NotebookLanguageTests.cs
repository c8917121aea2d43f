namespace AmazonSalesRegression.Engine.Tests.Sessions;

public sealed class NotebookLanguageTests
{
    [Fact]
    public void The_language_version_is_a_released_csharp_version()
    {
        // When
        var version = NotebookLanguage.Version;

        // Then
        Assert.Matches(@"^\d+\.\d+$", version);
        Assert.True(double.Parse(version, System.Globalization.CultureInfo.InvariantCulture) >= 12.0);
    }
}
