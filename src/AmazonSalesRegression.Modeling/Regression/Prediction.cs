namespace AmazonSalesRegression.Regression;

/// <summary>
/// The prediction at a new point x₀: the estimated mean x₀ᵀb with its confidence interval, and the prediction
/// interval for a new observation, as statsmodels' <c>get_prediction(...).summary_frame()</c> reports them
/// (mean_ci and obs_ci, Student t with the residual degrees of freedom).
/// </summary>
/// <param name="Mean">The fitted mean x₀ᵀb.</param>
/// <param name="MeanStandardError">s·√(x₀ᵀ(XᵀX)⁻¹x₀).</param>
/// <param name="MeanLower">Lower confidence limit for the mean.</param>
/// <param name="MeanUpper">Upper confidence limit for the mean.</param>
/// <param name="ObservationStandardError">s·√(1 + x₀ᵀ(XᵀX)⁻¹x₀).</param>
/// <param name="ObservationLower">Lower prediction limit for a new observation.</param>
/// <param name="ObservationUpper">Upper prediction limit for a new observation.</param>
/// <param name="Level">Coverage, e.g. 0.95.</param>
public sealed record Prediction(
    double Mean,
    double MeanStandardError,
    double MeanLower,
    double MeanUpper,
    double ObservationStandardError,
    double ObservationLower,
    double ObservationUpper,
    double Level
);
