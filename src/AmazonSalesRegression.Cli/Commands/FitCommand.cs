using System.CommandLine;
using AmazonSalesRegression.Cli.Fitting;

namespace AmazonSalesRegression.Cli.Commands;

/// <summary>The <c>fit</c> verb: fit a linear regression to a CSV file and print its summary as text or JSON.</summary>
internal static class FitCommand
{
    /// <summary>Creates the <c>fit</c> command.</summary>
    public static Command Create(CliContext context)
    {
        var data = new Option<string>("--data") { Description = "CSV file with a header row (invariant culture: '.' decimals).", Required = true };
        var target = new Option<string>("--target") { Description = "The column to explain (the response).", Required = true };
        var features = new Option<string?>("--features") { Description = "Comma-separated predictor columns; default: every other numeric column." };
        var noIntercept = new Option<bool>("--no-intercept") { Description = "Fit without an intercept (R² and F become uncentred)." };
        var format = new Option<FitOutputFormat>("--format") { Description = "text (a statsmodels-style summary) or json.", DefaultValueFactory = _ => FitOutputFormat.Text };
        var command = new Command("fit", "Fit ordinary least squares to a CSV file and print the summary.") { data, target, features, noIntercept, format };
        command.SetAction((parse, _) => UserErrors.Guard(context, () =>
        {
            var request = new FitRequest(
                context.Resolve(parse.GetValue(data)!),
                parse.GetValue(target)!,
                FitRequest.SplitFeatures(parse.GetValue(features)),
                !parse.GetValue(noIntercept));
            var fit = FitRunner.Run(request);
            context.Console.Profile.Out.Writer.Write(parse.GetValue(format) == FitOutputFormat.Json ? FitJson.Write(fit) : fit.Result.Summary().ToString());
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }
}
