using System.CommandLine;
using AmazonSalesRegression.Scoring.Artifacts;
using AmazonSalesRegression.Training;

namespace AmazonSalesRegression.Cli.Commands;

/// <summary>The <c>train</c> verb: train the production model on a sales CSV and write its artifact.</summary>
internal static class TrainCommand
{
    /// <summary>Creates the <c>train</c> command.</summary>
    public static Command Create(CliContext context)
    {
        var data = new Option<string>("--data")
        {
            Description = "Sales CSV in the course's format (data/amazon_sales.csv), or the same columns as Parquet (named .parquet).",
            Required = true,
        };
        var output = new Option<string>("--out")
        {
            Description = "Artifact path, e.g. models/amazon-sales-demand.json (written atomically).",
            Required = true,
        };
        var seed = new Option<ulong>("--seed")
        {
            Description = "Seed recorded in the artifact.",
            DefaultValueFactory = _ => ProductionModel.DefaultSeed,
        };
        var trainedAt = new Option<DateTimeOffset?>("--trained-at")
        {
            Description =
                "Training time to record (ISO 8601); default: the day after the last training day, so reruns give identical bytes.",
        };
        var command = new Command("train", "Train the production demand model and write its versioned, checksummed JSON artifact.")
        {
            data,
            output,
            seed,
            trainedAt,
        };
        command.SetAction(
            (parse, _) =>
                UserErrors.Guard(
                    context,
                    () =>
                    {
                        var options = new ProductionTrainingOptions { Seed = parse.GetValue(seed), TrainedAt = parse.GetValue(trainedAt) };
                        var path = context.Resolve(parse.GetValue(output)!);
                        var summary = Write(context.Resolve(parse.GetValue(data)!), path, options);
                        context.Console.Profile.Out.Writer.WriteLine($"wrote {parse.GetValue(output)}: {summary}");
                        return Task.FromResult(ExitCodes.Success);
                    }
                )
        );
        return command;
    }

    /// <summary>Trains, writes the artifact to <paramref name="path"/> and describes it in one line.</summary>
    public static string Write(string csv, string path, ProductionTrainingOptions options)
    {
        var training = ProductionModel.Train(csv, options);
        var sha = ModelArtifactFile.Write(training.Artifact, path);
        return ModelArtifactSummary.Describe(training.Artifact, sha);
    }
}
