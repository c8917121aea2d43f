namespace AmazonSalesRegression.Modeling.Tests;

public sealed class PublicApiTests
{
    [Fact]
    public void The_public_api_is_the_approved_one()
    {
        // Given the library's assembly / When its public surface is generated / Then it equals PublicApi/*.approved.txt
        PublicApi.AssertMatchesApproved(typeof(AmazonSalesRegression.Regression.Ols).Assembly, "AmazonSalesRegression.Modeling.Tests");
    }
}
