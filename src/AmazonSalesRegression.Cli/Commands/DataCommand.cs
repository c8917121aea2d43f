using System.CommandLine;
using AmazonSalesRegression.Data;
using AmazonSalesRegression.Data.Generation;
using Spectre.Console;

namespace AmazonSalesRegression.Cli.Commands;

/// <summary>The <c>data</c> verb: <c>data generate [--out PATH] [--seed N]</c>.</summary>
internal static class DataCommand
{
    /// <summary>Creates the <c>data</c> command and its subcommands.</summary>
    public static Command Create(CliContext context)
    {
        var output = new Option<string?>("--out")
        {
            Description =
                "CSV file to write (default: data/amazon_sales.csv in the course repository). The truth JSON is written beside it.",
        };
        var seed = new Option<ulong>("--seed")
        {
            Description = "Seed of the generator; the same seed gives byte-identical files on any machine.",
            DefaultValueFactory = _ => GeneratorOptions.DefaultSeed,
        };
        var generate = new Command("generate", "Generate the synthetic Amazon sales data set and its true parameters.") { output, seed };
        generate.SetAction((parse, _) => UserErrors.Guard(context, () => Generate(context, parse.GetValue(output), parse.GetValue(seed))));

        return new Command("data", "Work with the course's synthetic sales data.") { generate };
    }

    private static Task<int> Generate(CliContext context, string? output, ulong seed)
    {
        var csvPath = output is null ? CoursePaths.SalesCsv(CoursePaths.FindRoot(context.WorkingDirectory)) : context.Resolve(output);
        var files = SalesDataFiles.Write(csvPath, new GeneratorOptions { Seed = seed });

        var table = new Table().Border(TableBorder.Rounded).AddColumns("Written", "Details");
        table.AddRow(
            Markup.Escape(files.CsvPath),
            $"{files.Rows:N0} rows, {files.Skus} SKUs, {files.FirstDate:yyyy-MM-dd} to {files.LastDate:yyyy-MM-dd}"
        );
        table.AddRow(Markup.Escape(files.TruthPath), $"true parameters, seed {seed}");
        table.AddRow("SHA-256", files.Sha256);
        context.Console.Write(table);
        return Task.FromResult(ExitCodes.Success);
    }
}
