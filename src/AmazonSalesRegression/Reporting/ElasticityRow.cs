using AmazonSalesRegression.Regression;

namespace AmazonSalesRegression.Reporting;

/// <summary>One category's estimated price elasticity, the generator's true value and the category's referral fee rate.</summary>
internal sealed record ElasticityRow(string Category, CoefficientEstimate Estimate, double Truth, double FeeRate);
