using System.CommandLine;
using AmazonSalesRegression.Cli.Fitting;

namespace AmazonSalesRegression.Cli.Commands;

/// <summary>The <c>fit</c> verb: fit a linear regression to a CSV or Parquet file and print its summary as text or JSON.</summary>
internal static class FitCommand
{
    /// <summary>Creates the <c>fit</c> command.</summary>
    public static Command Create(CliContext context)
    {
        var data = new Option<string>("--data")
        {
            Description = "CSV file with a header row (invariant culture: '.' decimals), or a Parquet file (named .parquet).",
            Required = true,
        };
        var target = new Option<string?>("--target") { Description = "The column to explain (the response); or use --formula." };
        var features = new Option<string?>("--features")
        {
            Description = "Comma-separated predictor columns; default: every other column (all must then be numeric).",
        };
        var formula = new Option<string?>("--formula")
        {
            Description =
                "A model formula instead of --target/--features, e.g. \"y ~ x1 + log(x2) + C(region)\" (statsmodels/patsy notation).",
        };
        var missing = new Option<MissingPolicy>("--missing")
        {
            Description =
                "drop (default: leave out rows with an empty or NaN value in a used column, and report them) or raise (stop at the first).",
            DefaultValueFactory = _ => MissingPolicy.Drop,
        };
        var covType = new Option<FitCovariance>("--cov-type")
        {
            Description = "nonrobust (default), HC0, HC1, HC2, HC3 or cluster (needs --groups); robust tests use z, as statsmodels.",
            DefaultValueFactory = _ => FitCovariance.Nonrobust,
        };
        var groups = new Option<string?>("--groups") { Description = "The cluster column of --cov-type cluster." };
        var useT = new Option<bool>("--use-t")
        {
            Description = "Robust tests with Student t (n − k df; G − 1 with clusters) instead of the normal (statsmodels' use_t=True).",
        };
        var noIntercept = new Option<bool>("--no-intercept") { Description = "Fit without an intercept (R² and F become uncentred)." };
        var format = new Option<FitOutputFormat>("--format")
        {
            Description = "text (a statsmodels-style summary) or json.",
            DefaultValueFactory = _ => FitOutputFormat.Text,
        };
        var model = new Option<FitModel>("--model")
        {
            Description = "ols (default), ridge, lasso or elasticnet (glmnet's objective).",
            DefaultValueFactory = _ => FitModel.Ols,
        };
        var lambda = new Option<double?>("--lambda") { Description = "The penalty λ of a regularized model (glmnet's scale)." };
        var l1Ratio = new Option<double?>("--l1-ratio")
        {
            Description = "The elastic-net mixing α in [0, 1] (ridge is 0, lasso 1; default 0.5).",
        };
        var cv = new Option<int?>("--cv") { Description = "Choose λ by K-fold (or K-split) cross-validation and report the fit at λ_min." };
        var cvMethod = new Option<CvMethod>("--cv-method")
        {
            Description = "kfold (seeded random folds) or time (expanding window in row order).",
            DefaultValueFactory = _ => CvMethod.KFold,
        };
        var stream = new Option<bool>("--stream")
        {
            Description =
                "Fit by reading the file in constant memory instead of loading it (target/features only): OLS in two passes (the second over a temporary binary copy of the numbers), ridge/lasso/elastic net from moment sums (one pass, two with --cv); files over 256 MiB stream anyway.",
        };
        var seed = new Option<int>("--seed") { Description = "Seed of the k-fold assignment.", DefaultValueFactory = _ => 1 };
        var command = new Command("fit", "Fit ordinary least squares (or ridge, lasso, elastic net) to a CSV file and print the summary.")
        {
            data,
            target,
            features,
            formula,
            missing,
            covType,
            groups,
            useT,
            noIntercept,
            format,
            model,
            lambda,
            l1Ratio,
            cv,
            cvMethod,
            seed,
            stream,
        };
        command.Validators.Add(result =>
        {
            var usage = FitUsage.Check(
                result.GetValue(target) is not null,
                result.GetValue(features) is not null,
                result.GetValue(formula) is not null,
                result.GetValue(noIntercept),
                result.GetValue(covType),
                result.GetValue(groups) is not null,
                result.GetValue(model),
                result.GetValue(stream)
            );
            if (usage is not null)
            {
                result.AddError(usage);
            }
        });
        command.SetAction(
            (parse, _) =>
                UserErrors.Guard(
                    context,
                    () =>
                    {
                        var request = new FitRequest(
                            context.Resolve(parse.GetValue(data)!),
                            parse.GetValue(target),
                            FitRequest.SplitFeatures(parse.GetValue(features)),
                            !parse.GetValue(noIntercept),
                            parse.GetValue(formula),
                            parse.GetValue(missing),
                            parse.GetValue(covType),
                            parse.GetValue(groups),
                            parse.GetValue(useT),
                            parse.GetValue(stream)
                        );
                        var json = parse.GetValue(format) == FitOutputFormat.Json;
                        var regularization = new RegularizationRequest(
                            parse.GetValue(model),
                            parse.GetValue(lambda),
                            parse.GetValue(l1Ratio),
                            parse.GetValue(cv),
                            parse.GetValue(cvMethod),
                            parse.GetValue(seed)
                        );
                        if (regularization.Model == FitModel.Ols)
                        {
                            regularization.Validate();
                            var fit = FitRunner.Run(request);
                            context.Console.Profile.Out.Writer.Write(json ? FitJson.Write(fit) : FitText.Write(fit));
                        }
                        else
                        {
                            var fit = FitRunner.RunRegularized(request, regularization);
                            context.Console.Profile.Out.Writer.Write(json ? RegularizedOutput.Json(fit) : RegularizedOutput.Text(fit));
                        }

                        return Task.FromResult(ExitCodes.Success);
                    }
                )
        );
        return command;
    }
}
