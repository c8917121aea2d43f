namespace AmazonSalesRegression.Cli.Fitting;

/// <summary>What the user asked <c>fit</c> to do.</summary>
/// <param name="DataPath">Full path of the CSV (or Parquet) file.</param>
/// <param name="Target">The response column, or <see langword="null"/> when <paramref name="Formula"/> names it.</param>
/// <param name="Features">Predictor columns, or <see langword="null"/> for every other column (which must then all be numeric).</param>
/// <param name="Intercept">Whether to fit an intercept (with a formula, the formula decides).</param>
/// <param name="Formula">A model formula such as <c>y ~ x1 + log(x2) + C(region)</c>, replacing target and features.</param>
/// <param name="Missing">What to do with rows that have a missing value in a used column.</param>
/// <param name="Covariance">The covariance behind the standard errors.</param>
/// <param name="Groups">The cluster column of <see cref="FitCovariance.Cluster"/>, otherwise <see langword="null"/>.</param>
/// <param name="UseT">Whether robust tests use Student t (n − rank df; G − 1 with clusters) instead of statsmodels' default normal.</param>
/// <param name="Stream">Whether to fit by streaming the file (<c>--stream</c>); large files stream without it (see <see cref="FitStreaming.AutomaticBytes"/>).</param>
internal sealed record FitRequest(
    string DataPath,
    string? Target,
    IReadOnlyList<string>? Features,
    bool Intercept,
    string? Formula = null,
    MissingPolicy Missing = MissingPolicy.Drop,
    FitCovariance Covariance = FitCovariance.Nonrobust,
    string? Groups = null,
    bool UseT = false,
    bool Stream = false
)
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
