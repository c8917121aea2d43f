namespace AmazonSalesRegression.Cli.Fitting;

/// <summary>What the user asked <c>fit</c> to do.</summary>
/// <param name="DataPath">Full path of the CSV file.</param>
/// <param name="Target">The response column.</param>
/// <param name="Features">Predictor columns, or <see langword="null"/> for every other numeric column.</param>
/// <param name="Intercept">Whether to fit an intercept.</param>
internal sealed record FitRequest(string DataPath, string Target, IReadOnlyList<string>? Features, bool Intercept)
{
    /// <summary>Splits <c>--features a,b,c</c>; blank entries are a usage mistake and are reported.</summary>
    public static IReadOnlyList<string>? SplitFeatures(string? features)
    {
        if (features is null)
        {
            return null;
        }

        var names = features.Split(',', StringSplitOptions.TrimEntries);
        return names.Any(string.IsNullOrEmpty)
            ? throw new CourseStepException(
                $"--features '{features}' has an empty name; give column names separated by commas, e.g. --features price,ad_spend_sp."
            )
            : names;
    }
}
