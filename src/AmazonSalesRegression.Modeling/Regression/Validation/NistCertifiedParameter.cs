namespace AmazonSalesRegression.Regression.Validation;

/// <summary>One certified parameter of a NIST StRD linear regression data set.</summary>
/// <param name="Name">NIST's name, B0, B1, ….</param>
/// <param name="Estimate">Certified estimate.</param>
/// <param name="StandardDeviation">Certified standard deviation of the estimate (standard error).</param>
public sealed record NistCertifiedParameter(string Name, double Estimate, double StandardDeviation);
