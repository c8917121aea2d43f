namespace AmazonSalesRegression.Data.Generation;

/// <summary>
/// True response and budget split of one advertising channel. The channel adds
/// <c>Coefficient · log(1 + spend / HalfSaturation)</c> to log demand: concave, so returns diminish.
/// </summary>
/// <param name="Column">CSV column holding the channel's daily spend.</param>
/// <param name="Coefficient">b_k, the response coefficient.</param>
/// <param name="HalfSaturation">h_k in USD: the spend at which the response is b_k·log 2.</param>
/// <param name="BudgetShare">Median share of the SKU-day budget B spent on this channel.</param>
/// <param name="ShareNoiseSd">Standard deviation of the independent log-normal noise on the channel's share.</param>
public sealed record AdChannelTruth(string Column, double Coefficient, double HalfSaturation, double BudgetShare, double ShareNoiseSd);
