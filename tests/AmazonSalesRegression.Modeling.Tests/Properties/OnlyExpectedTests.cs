using AmazonSalesRegression.Features.Tabular;
using Xunit.Sdk;

namespace AmazonSalesRegression.Modeling.Tests.Properties;

/// <summary>The shared check of the robustness properties can fail: a wrong exception type or a missing location is caught.</summary>
public sealed class OnlyExpectedTests
{
    [Fact]
    public void A_crash_of_another_type_fails_the_check()
    {
        // Given code that crashes with an index error
        static void Crash() => throw new IndexOutOfRangeException("boom");

        // When it is checked / Then the check fails and names the real exception
        var failure = Assert.Throws<XunitException>(() => OnlyExpected.Throws<DataFormatException>(Crash, e => e.Line is not null));
        Assert.Contains("IndexOutOfRangeException", failure.Message);
    }

    [Fact]
    public void An_allowed_exception_without_its_location_fails_the_check()
    {
        // Given code that throws the allowed type without a line
        static void Unlocated() => throw new DataFormatException("x.csv", null, null, null, "bad");

        // When it is checked / Then the check fails
        Assert.Throws<XunitException>(() => OnlyExpected.Throws<DataFormatException>(Unlocated, e => e.Line is not null));
    }

    [Fact]
    public void Success_and_a_located_allowed_exception_pass_the_check()
    {
        OnlyExpected.Throws<DataFormatException>(() => { }, _ => false);
        OnlyExpected.Throws<DataFormatException>(() => throw new DataFormatException("x.csv", 3, 1, null, "bad"), e => e.Line is not null);
    }
}
