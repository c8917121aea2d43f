namespace AmazonSalesRegression.Cli.Fitting;

/// <summary>The combinations of <c>fit</c> options that make no sense, reported as usage errors before anything is read.</summary>
internal static class FitUsage
{
    /// <summary>The usage error of a combination of options, or <see langword="null"/> when it is valid.</summary>
    /// <param name="target">Whether <c>--target</c> was given.</param>
    /// <param name="features">Whether <c>--features</c> was given.</param>
    /// <param name="formula">Whether <c>--formula</c> was given.</param>
    /// <param name="noIntercept">Whether <c>--no-intercept</c> was given.</param>
    /// <param name="covariance">The <c>--cov-type</c>.</param>
    /// <param name="groups">Whether <c>--groups</c> was given.</param>
    /// <param name="model">The <c>--model</c>.</param>
    /// <param name="stream">Whether <c>--stream</c> was given.</param>
    public static string? Check(
        bool target,
        bool features,
        bool formula,
        bool noIntercept,
        FitCovariance covariance,
        bool groups,
        FitModel model,
        bool stream = false
    ) =>
        (formula, target || features) switch
        {
            (true, true) =>
                "--formula replaces --target and --features; give either a formula or --target (with optional --features), not both.",
            (false, false) => "fit needs --target COLUMN (with optional --features) or --formula \"y ~ x1 + x2\".",
            (true, _) when noIntercept => "with --formula, remove the intercept in the formula (\"y ~ x1 - 1\") instead of --no-intercept.",
            (false, _) when !target => "--features needs --target.",
            _ when covariance == FitCovariance.Cluster && !groups =>
                "--cov-type cluster needs --groups COLUMN, the column that names each row's cluster.",
            _ when covariance != FitCovariance.Cluster && groups =>
                "--groups is only used by --cov-type cluster; add --cov-type cluster or remove --groups.",
            _ when covariance != FitCovariance.Nonrobust && model != FitModel.Ols =>
                "--cov-type applies to --model ols; ridge, lasso and elastic net report no standard errors.",
            (true, _) when stream =>
                "--stream fits --target/--features; a --formula is fitted in memory (its C() levels are known only after every row), so leave out --stream.",
            _ when stream && model != FitModel.Ols && noIntercept =>
                "--stream fits ridge, lasso and elastic net with an intercept (from moment sums); with --no-intercept they are fitted in memory, so leave out --stream.",
            _ => null,
        };
}
