using System.Text;

namespace AmazonSalesRegression.Cli.Fitting;

/// <summary>
/// The text output of an OLS <c>fit</c>: what was done to the data (rows dropped, the default feature set) and then
/// the statsmodels-style summary with the requested covariance, whose notes name aliased columns.
/// </summary>
internal static class FitText
{
    /// <summary>Writes the report.</summary>
    /// <param name="outcome">The fit.</param>
    public static string Write(FitOutcome outcome)
    {
        var text = new StringBuilder();
        if (outcome.Dropped.Note is { } dropped)
        {
            text.AppendLine(dropped);
        }

        if (outcome.DefaultFeatures && outcome.Request.Formula is null)
        {
            text.AppendLine($"Features (default: every column but the target): {string.Join(", ", outcome.Features)}.");
        }

        if (outcome.Inference.Summary.Model.AliasedColumns.Count > 0)
        {
            text.AppendLine(
                $"Warning: {string.Join(", ", outcome.Inference.Summary.Model.AliasedColumns)} cannot be estimated (constant, or a linear combination of other columns); reported as NA, as R's lm does."
            );
        }

        return text.Append(outcome.Inference.Summary).ToString();
    }
}
