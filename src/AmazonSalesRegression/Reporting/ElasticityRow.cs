using AmazonSalesRegression.Regression;

namespace AmazonSalesRegression.Reporting;

/// <summary>One category's estimated price elasticity and the generator's true value.</summary>
internal sealed record ElasticityRow(string Category, CoefficientEstimate Estimate, double Truth);
