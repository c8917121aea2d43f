using AmazonSalesRegression.Features.Tabular;
using AmazonSalesRegression.Regression.Validation;

namespace AmazonSalesRegression.Modeling.Tests.Regression;

public sealed class NistStrdParserTests
{
    [Fact]
    public void Longley_is_read_with_its_certified_values_and_data_block()
    {
        // Given
        var path = NistDesigns.DataPath("Longley");

        // When
        var data = NistStrdParser.ParseFile(path);

        // Then
        Assert.Equal("Longley", data.Name);
        Assert.Equal(7, data.Parameters.Count);
        Assert.Equal(-3482258.63459582, data.Parameters[0].Estimate);
        Assert.Equal(455.478499142212, data.Parameters[6].StandardDeviation);
        Assert.Equal(304.854073561965, data.ResidualStandardDeviation);
        Assert.Equal(0.995479004577296, data.RSquared);
        Assert.Equal(16, data.Response.Count);
        Assert.Equal(6, data.Predictors.Count);
        Assert.Equal(60323, data.Response[0]);
        Assert.Equal(83.0, data.Predictors[0][0]);
        Assert.Equal(1962, data.Predictors[5][15]);
    }

    [Fact]
    public void Exponent_notation_in_certified_values_is_parsed()
    {
        // Given
        var path = NistDesigns.DataPath("Filip");

        // When
        var data = NistStrdParser.ParseFile(path);

        // Then
        Assert.Equal(-0.402962525080404E-04, data.Parameters[10].Estimate);
        Assert.Equal(0.334801051324544E-02, data.ResidualStandardDeviation);
        Assert.Equal(82, data.Response.Count);
    }

    [Fact]
    public void A_bad_number_in_the_data_block_is_reported_with_its_line()
    {
        // Given
        var lines = File.ReadAllText(NistDesigns.DataPath("NoInt2")).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        lines[60] = "         3    x4";
        var text = string.Join("\r\n", lines);

        // When
        var error = Assert.Throws<DataFormatException>(() => NistStrdParser.Parse("NoInt2", text, "NoInt2.dat"));

        // Then
        Assert.Equal(61, error.Line);
        Assert.Contains("x4", error.Message, StringComparison.Ordinal);
    }
}
