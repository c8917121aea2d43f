using AmazonSalesRegression.Cli;
using Spectre.Console;

// The course's command-line entry point. Verbs live in Commands/, one file each.
return await CourseCli.RunAsync(args, new CliContext(AnsiConsole.Console, Console.Error, Directory.GetCurrentDirectory()));
