namespace AmazonSalesRegression.Data.Generation;

/// <summary>One harmonic of the yearly seasonality: SinCoefficient·sin(2πk·t) + CosCoefficient·cos(2πk·t), t in years.</summary>
/// <param name="Harmonic">k, the number of cycles per year.</param>
/// <param name="SinCoefficient">Coefficient of sin(2πk·t).</param>
/// <param name="CosCoefficient">Coefficient of cos(2πk·t).</param>
public sealed record FourierTerm(int Harmonic, double SinCoefficient, double CosCoefficient);
