namespace AmazonSalesRegression.Business;

/// <summary>
/// The estimated demand response of one advertising channel with diminishing returns: the channel adds
/// b·ln(1 + spend/h) to log units, so one more dollar raises log units by b/(h + spend), less the more is spent.
/// </summary>
/// <param name="Name">Channel name, e.g. the spend column <c>ad_spend_sp</c>.</param>
/// <param name="Coefficient">b: the regression coefficient of <c>log1p(spend/h)</c> in a log-units model.</param>
/// <param name="HalfSaturation">h &gt; 0, USD: the spend at which the channel's lift is b·ln 2 (the scale of the concave curve).</param>
// References:
//   Hanssens, D. M., Parsons, L. J. & Schultz, R. L. (2001). Market Response Models, 2nd ed., ch. 3 (concave response curves).
public sealed record MarketingChannel(string Name, double Coefficient, double HalfSaturation)
{
    /// <summary>The channel's contribution to log units at <paramref name="spend"/>: b·ln(1 + spend/h).</summary>
    /// <param name="spend">Daily spend, USD, ≥ 0.</param>
    public double LogLift(double spend) => Coefficient * Math.Log(1.0 + (Checked(spend) / HalfSaturation));

    /// <summary>d(log units)/d(spend) = b/(h + spend): the relative change in units bought by one more dollar.</summary>
    /// <param name="spend">Daily spend, USD, ≥ 0.</param>
    public double MarginalLogLift(double spend) => Coefficient / (HalfSaturation + Checked(spend));

    /// <summary>Extra units from one more dollar at <paramref name="spend"/>: units·b/(h + spend).</summary>
    /// <param name="spend">Current daily spend, USD.</param>
    /// <param name="units">Units sold per day at the current spend.</param>
    public double MarginalUnits(double spend, double units) => units * MarginalLogLift(spend);

    /// <summary>
    /// Extra revenue from one more dollar at <paramref name="spend"/>, price unchanged: revenue·b/(h + spend).
    /// A value above 1 means the dollar brings back more than a dollar of sales (not yet of profit).
    /// </summary>
    /// <param name="spend">Current daily spend, USD.</param>
    /// <param name="revenue">Revenue per day at the current spend, USD.</param>
    public double MarginalRevenue(double spend, double revenue) => revenue * MarginalLogLift(spend);

    private double Checked(double spend)
    {
        if (!(HalfSaturation > 0))
        {
            throw new InvalidOperationException($"Channel '{Name}' needs a half-saturation h > 0, not {HalfSaturation}.");
        }

        return spend >= 0 && double.IsFinite(spend)
            ? spend
            : throw new ArgumentOutOfRangeException(nameof(spend), spend, "Spend must be a finite number ≥ 0.");
    }
}
