using System.Security.Cryptography;

namespace AmazonSalesRegression.Cli.Tests;

public sealed class DataGenerateCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Data_generate_without_options_writes_the_default_files_in_the_data_folder()
    {
        // Given a course folder
        // When the data is generated with the defaults
        var run = await _cli.RunAsync("data", "generate");

        // Then the CSV and its truth JSON are in data/ and the summary names them
        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(_cli.PathOf("data", "amazon_sales.csv")));
        Assert.True(File.Exists(_cli.PathOf("data", "amazon_sales.truth.json")));
        Assert.Contains("35,088 rows", run.Output);
    }

    [Fact]
    public async Task Data_generate_with_the_same_seed_twice_gives_identical_bytes()
    {
        // Given two outputs made with the same seed
        await _cli.RunAsync("data", "generate", "--out", "a/sales.csv", "--seed", "7");
        await _cli.RunAsync("data", "generate", "--out", "b/sales.csv", "--seed", "7");

        // When their bytes are compared
        var first = SHA256.HashData(File.ReadAllBytes(_cli.PathOf("a", "sales.csv")));
        var second = SHA256.HashData(File.ReadAllBytes(_cli.PathOf("b", "sales.csv")));

        // Then they are the same, and the truth file sits beside each CSV
        Assert.Equal(first, second);
        Assert.True(File.Exists(_cli.PathOf("a", "sales.truth.json")));
    }

    [Fact]
    public async Task Data_generate_with_another_seed_gives_other_data()
    {
        // Given outputs made with two seeds
        await _cli.RunAsync("data", "generate", "--out", "a.csv", "--seed", "7");
        await _cli.RunAsync("data", "generate", "--out", "b.csv", "--seed", "8");

        // When their bytes are compared
        var first = File.ReadAllBytes(_cli.PathOf("a.csv"));
        var second = File.ReadAllBytes(_cli.PathOf("b.csv"));

        // Then they differ
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Data_generate_with_a_seed_that_is_not_a_number_is_a_usage_error()
    {
        // Given a seed that is not a whole number
        // When the command line is parsed
        var run = await _cli.RunAsync("data", "generate", "--seed", "abc");

        // Then the exit code says usage error and the message names the option value
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("abc", run.Error);
        Assert.False(File.Exists(_cli.PathOf("data", "amazon_sales.csv")));
    }

    [Fact]
    public async Task An_unknown_verb_is_a_usage_error()
    {
        // Given a verb the CLI does not have
        // When it is run
        var run = await _cli.RunAsync("dance");

        // Then it exits with the usage code and points at --help
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--help", run.Error);
    }
}
