using AmazonSalesRegression.Engine.Formatting;

namespace AmazonSalesRegression.Engine.Tests.Formatting;

public sealed class TypeNamesTests
{
    [Theory]
    [InlineData(typeof(int), "int")]
    [InlineData(typeof(double[]), "double[]")]
    [InlineData(typeof(int?), "int?")]
    [InlineData(typeof(Dictionary<string, List<double>>), "Dictionary<string, List<double>>")]
    public void Types_read_as_in_csharp(Type type, string expected)
    {
        // When
        var name = TypeNames.Friendly(type);

        // Then
        Assert.Equal(expected, name);
    }
}
