using System.CommandLine;
using AmazonSalesRegression.Cli.Fitting;

namespace AmazonSalesRegression.Cli.Commands;

/// <summary>The <c>fit</c> verb: fit a linear regression to a CSV file and print its summary as text or JSON.</summary>
internal static class FitCommand
{
    /// <summary>Creates the <c>fit</c> command.</summary>
    public static Command Create(CliContext context)
    {
        var data = new Option<string>("--data")
        {
            Description = "CSV file with a header row (invariant culture: '.' decimals).",
            Required = true,
        };
        var target = new Option<string>("--target") { Description = "The column to explain (the response).", Required = true };
        var features = new Option<string?>("--features")
        {
            Description = "Comma-separated predictor columns; default: every other numeric column.",
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
        var seed = new Option<int>("--seed") { Description = "Seed of the k-fold assignment.", DefaultValueFactory = _ => 1 };
        var command = new Command("fit", "Fit ordinary least squares (or ridge, lasso, elastic net) to a CSV file and print the summary.")
        {
            data,
            target,
            features,
            noIntercept,
            format,
            model,
            lambda,
            l1Ratio,
            cv,
            cvMethod,
            seed,
        };
        command.SetAction(
            (parse, _) =>
                UserErrors.Guard(
                    context,
                    () =>
                    {
                        var request = new FitRequest(
                            context.Resolve(parse.GetValue(data)!),
                            parse.GetValue(target)!,
                            FitRequest.SplitFeatures(parse.GetValue(features)),
                            !parse.GetValue(noIntercept)
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
                            context.Console.Profile.Out.Writer.Write(json ? FitJson.Write(fit) : fit.Result.Summary().ToString());
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
