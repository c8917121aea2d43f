using System.Text.Json;
using AmazonSalesRegression.Cli.Fitting;

namespace AmazonSalesRegression.Cli.Tests;

/// <summary>
/// Issue 17: <c>fit --stream --model ridge|lasso|elasticnet</c> sums the file's rows into moments (per fold with
/// <c>--cv</c>) and prints what the in-memory fit prints.
/// </summary>
public sealed class FitStreamingRegularizedTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    public static TheoryData<string[]> Fits =>
        new()
        {
            { ["--model", "lasso", "--lambda", "0.05"] },
            { ["--model", "ridge", "--lambda", "0.5"] },
            { ["--model", "elasticnet", "--l1-ratio", "0.3", "--lambda", "0.1", "--features", "x1,x3"] },
            { ["--model", "lasso", "--cv", "5", "--seed", "4"] },
            { ["--model", "ridge", "--cv", "5", "--cv-method", "kfold", "--seed", "11"] },
            { ["--model", "elasticnet", "--cv", "5", "--cv-method", "time"] },
            { ["--model", "lasso", "--cv", "5", "--cv-method", "time", "--features", "x2,x3"] },
            { ["--model", "elasticnet", "--cv", "5", "--seed", "2"] },
        };

    [Theory]
    [MemberData(nameof(Fits))]
    public async Task A_streamed_regularized_fit_prints_the_in_memory_text_and_json(string[] options)
    {
        // Given a small file with missing values
        File.WriteAllText(_cli.PathOf("d.csv"), Csv(rows: 120));

        // When it is fitted in memory and by streaming, as text and as JSON
        var memory = await _cli.RunAsync(["fit", "--data", "d.csv", "--target", "y", .. options]);
        var streamed = await _cli.RunAsync(["fit", "--data", "d.csv", "--target", "y", .. options, "--stream"]);
        var memoryJson = await _cli.RunAsync(["fit", "--data", "d.csv", "--target", "y", .. options, "--format", "json"]);
        var streamedJson = await _cli.RunAsync(["fit", "--data", "d.csv", "--target", "y", .. options, "--format", "json", "--stream"]);

        // Then the reports are the same, the JSON numbers equal to a relative 1e-10 and λ_min, λ_1se at the same places
        Assert.Equal(0, memory.ExitCode);
        Assert.StartsWith("Dropped ", memory.Output, StringComparison.Ordinal);
        Assert.Equal(memory.Output, streamed.Output);
        var (expected, actual) = (JsonDocument.Parse(memoryJson.Output).RootElement, JsonDocument.Parse(streamedJson.Output).RootElement);
        JsonAgreement.AssertAgrees(expected, actual, 1e-10);
        if (expected.TryGetProperty("path", out var path))
        {
            var lambdas = path.EnumerateArray().Select(p => p.GetProperty("lambda").GetDouble()).ToList();
            var streamedLambdas = actual.GetProperty("path").EnumerateArray().Select(p => p.GetProperty("lambda").GetDouble()).ToList();
            foreach (var name in new[] { "lambdaMin", "lambda1se" })
            {
                Assert.Equal(
                    lambdas.IndexOf(expected.GetProperty(name).GetDouble()),
                    streamedLambdas.IndexOf(actual.GetProperty(name).GetDouble())
                );
            }
        }
    }

    [Theory]
    [InlineData("--lambda", "0.05", new[] { 1 })]
    [InlineData("--cv", "5", new[] { 1, 2 })]
    public void The_streaming_path_reads_a_file_cut_into_parts_once_for_a_lambda_and_twice_for_cross_validation(
        string option,
        string value,
        int[] expectedPasses
    )
    {
        // Given a file large enough to be cut into parts read in parallel
        File.WriteAllText(_cli.PathOf("d.csv"), Csv(rows: 300));
        var request = new FitRequest(_cli.PathOf("d.csv"), "y", null, true);
        var regularization = new RegularizationRequest(
            FitModel.Lasso,
            option == "--lambda" ? double.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : null,
            null,
            option == "--cv" ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : null,
            CvMethod.KFold,
            7
        );
        var passes = new List<int>();

        // When it is fitted in memory, and streamed in parts
        var memory = FitRunner.RunRegularized(request, regularization);
        var streamed = FitStreaming.RunRegularized(request with { Stream = true }, regularization, passes.Add, minimumPartBytes: 200);

        // Then the streaming path read the file the expected number of times and printed the in-memory report
        Assert.Equal(expectedPasses, passes);
        Assert.Equal(RegularizedOutput.Text(memory), RegularizedOutput.Text(streamed));
        JsonAgreement.AssertAgrees(
            JsonDocument.Parse(RegularizedOutput.Json(memory)).RootElement,
            JsonDocument.Parse(RegularizedOutput.Json(streamed)).RootElement,
            1e-10
        );
    }

    [Theory]
    [InlineData("--lambda", "0.05")]
    [InlineData("--cv", "5")]
    public async Task Fit_with_stream_and_a_regularized_model_takes_the_streaming_path(string option, string value)
    {
        // Given a file named .parquet, which only the streaming path refuses (its content does not matter)
        File.WriteAllText(_cli.PathOf("d.parquet"), Csv(rows: 40));

        // When a regularized fit is asked to stream it
        var run = await _cli.RunAsync("fit", "--data", "d.parquet", "--target", "y", "--model", "lasso", option, value, "--stream");

        // Then the streaming path answered
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--stream reads CSV files", run.Error);
    }

    [Theory]
    [InlineData("--lambda", "0.05")]
    [InlineData("--cv", "5")]
    public async Task Missing_raise_stops_a_streamed_regularized_fit_at_the_in_memory_path_s_line(string option, string value)
    {
        // Given a file with missing values
        File.WriteAllText(_cli.PathOf("d.csv"), Csv(rows: 40));

        // When missing values are to raise
        string[] fit = ["fit", "--data", "d.csv", "--target", "y", "--model", "ridge", option, value, "--missing", "raise"];
        var memory = await _cli.RunAsync(fit);
        var streamed = await _cli.RunAsync([.. fit, "--stream"]);

        // Then both stop with the same one-line error
        Assert.Equal(1, streamed.ExitCode);
        Assert.Contains("missing value", streamed.Error);
        Assert.Equal(memory.Error, streamed.Error);
    }

    [Fact]
    public async Task More_folds_than_complete_rows_is_the_in_memory_path_s_error()
    {
        // Given 6 rows, 2 of them incomplete
        File.WriteAllText(_cli.PathOf("d.csv"), "y,x1\n1,2\n2,\n3,5\n,4\n5,1\n6,7\n");

        // When 5 folds are asked for
        var memory = await _cli.RunAsync("fit", "--data", "d.csv", "--target", "y", "--model", "lasso", "--cv", "5");
        var streamed = await _cli.RunAsync("fit", "--data", "d.csv", "--target", "y", "--model", "lasso", "--cv", "5", "--stream");

        // Then both refuse with the same message
        Assert.Equal(1, streamed.ExitCode);
        Assert.Contains("--cv 5 asks for more folds than the 4 rows", streamed.Error);
        Assert.Equal(memory.Error, streamed.Error);
    }

    private static string Csv(int rows)
    {
        var text = new System.Text.StringBuilder("y,x1,x2,x3\n");
        var random = new Random(29);
        for (var i = 0; i < rows; i++)
        {
            var x1 = Math.Round(1000 + (random.NextDouble() * 10), 3);
            var x2 = Math.Round((random.NextDouble() * 4) - 2, 3);
            var x3 = Math.Round((0.4 * x1) + random.NextDouble(), 3);
            var y = Math.Round(1 + (0.8 * x1) - (1.5 * x2) + (0.2 * x3) + ((random.NextDouble() - 0.5) * 3), 4);
            var cells = FormattableString.Invariant($"{y},{x1},{x2},{x3}").Split(',');
            if (i % 31 == 3)
            {
                cells[1 + (i % 3)] = i % 2 == 0 ? "" : "NaN";
            }

            text.Append(string.Join(',', cells)).Append('\n');
        }

        return text.ToString();
    }
}
