using System.Text.Json;
using AmazonSalesRegression.Cli.Fitting;
using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Cli.Tests;

/// <summary>Issue 17: <c>fit --stream</c> reads the file row by row, twice, and prints what the in-memory fit prints.</summary>
public sealed partial class FitStreamingTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    public static TheoryData<string, string[]> Fits =>
        new()
        {
            { "plain", ["--target", "y"] },
            { "gaps", ["--target", "y"] },
            { "gaps", ["--target", "y", "--features", "x1,x3"] },
            { "aliased", ["--target", "y"] },
            { "plain", ["--target", "y", "--no-intercept"] },
            { "plain", ["--target", "y", "--features", "x1,x2", "--cov-type", "HC3"] },
            { "gaps", ["--target", "y", "--features", "x1,x2", "--cov-type", "HC1", "--use-t"] },
            { "groups", ["--target", "y", "--features", "x1,x3", "--cov-type", "cluster", "--groups", "g"] },
            { "groups", ["--target", "y", "--cov-type", "cluster", "--groups", "g", "--use-t"] },
        };

    [Theory]
    [MemberData(nameof(Fits))]
    public async Task Streaming_prints_the_same_text_as_the_in_memory_fit(string data, string[] options)
    {
        // Given a small file
        File.WriteAllText(_cli.PathOf("d.csv"), Csv(data));

        // When it is fitted in memory and by streaming
        var memory = await _cli.RunAsync(["fit", "--data", "d.csv", .. options]);
        var streamed = await _cli.RunAsync(["fit", "--data", "d.csv", .. options, "--stream"]);

        // Then both print the same report
        Assert.Equal(0, memory.ExitCode);
        Assert.Equal(memory.Output, streamed.Output);
    }

    [Theory]
    [MemberData(nameof(Fits))]
    public async Task Streaming_json_numbers_equal_the_in_memory_fit_s_to_twelve_digits(string data, string[] options)
    {
        // Given a small file
        File.WriteAllText(_cli.PathOf("d.csv"), Csv(data));

        // When it is fitted in memory and by streaming, as JSON
        var memory = await _cli.RunAsync(["fit", "--data", "d.csv", .. options, "--format", "json"]);
        var streamed = await _cli.RunAsync(["fit", "--data", "d.csv", .. options, "--format", "json", "--stream"]);

        // Then every field is there with the same value, numbers to a relative 1e-12
        JsonAgreement.AssertAgrees(JsonDocument.Parse(memory.Output).RootElement, JsonDocument.Parse(streamed.Output).RootElement, 1e-12);
    }

    public static TheoryData<string, string> Mistakes =>
        new()
        {
            {
                "y,x1,x2\n1,2,3\n2,abc,5\n3,5,1\n5,4,2\n",
                "d.csv:3:2: column 'x1': expected a number, found 'abc' (the column holds numbers, e.g. '2' on line 2)."
            },
            {
                "y,x1,x2\n1,a,3\n2,b,5\n3,c,1\n5,d,2\n",
                "d.csv:1:2: column 'x1': the column holds text (line 2 has 'a'), and without --features"
            },
            {
                "y,x1,x2\n1,2,3\n2,4\n3,5,1\n",
                "d.csv:3:3: column 'x2': expected 3 fields as in the header, found 2; the row ends before this column"
            },
            { "y,x1,x2\n1,2,3\n2,4,5,6\n3,5,1\n", "d.csv:3:4: expected 3 fields as in the header, found 4; the row has 1 extra field(s)" },
            { "", "d.csv:1: the file is empty; expected a header line naming the columns" },
            { "y,x1,x2\n", "d.csv:2: expected at least one row after the header, found none" },
            { "y,,x2\n1,2,3\n", "d.csv:1:2: empty column name" },
            { "y,x1,x2\n1,2,3\n\n3,5,1\n", "d.csv:3: blank line between rows" },
            { "y,x1,x2\n1,2,3\n2,\"4\n\",5\n3,5,1\n7,x,1\n", "d.csv:6:2: column 'x1': expected a number, found 'x'" },
            { "y,x1,x2\n1,2,3\n2,Infinity,5\n3,5,1\n", "d.csv:3:2: column 'x1': expected a finite number, found Infinity" },
            { "y,x1\n1,2\n2,3\n", "error: 2 observations are too few for 2 coefficients" },
            { "y,x1\n1,2\n1,3\n1,5\n", "error: The response has zero variance" },
            { "y,x1\n1,\n,3\n", "every one of the 2 rows has a missing value (an empty cell or NaN) in a column the model uses (y, x1)" },
        };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task A_mistake_in_the_file_is_the_in_memory_path_s_located_one_line_error(string content, string expected)
    {
        // Given a file with a mistake
        File.WriteAllText(_cli.PathOf("d.csv"), content);

        // When it is fitted in memory and by streaming
        var memory = await _cli.RunAsync("fit", "--data", "d.csv", "--target", "y");
        var streamed = await _cli.RunAsync("fit", "--data", "d.csv", "--target", "y", "--stream");

        // Then both stop with the same one-line error
        Assert.Equal(1, streamed.ExitCode);
        Assert.Contains(expected, streamed.Error);
        Assert.Single(streamed.Error.TrimEnd().Split('\n'));
        Assert.Equal(memory.Error, streamed.Error);
    }

    [Fact]
    public async Task Missing_raise_stops_the_stream_at_the_first_missing_cell()
    {
        // Given x2 NaN on line 5
        File.WriteAllText(_cli.PathOf("d.csv"), Csv("gaps"));

        // When missing values are to raise
        var run = await _cli.RunAsync("fit", "--data", "d.csv", "--target", "y", "--missing", "raise", "--stream");

        // Then the error points at the first missing cell
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("d.csv:3:2: column 'x1': missing value", run.Error);
    }

    [Fact]
    public void The_streaming_fit_reads_the_file_exactly_twice_row_by_row()
    {
        // Given a file with a dropped row
        File.WriteAllText(_cli.PathOf("d.csv"), Csv("gaps"));
        var request = new FitRequest(_cli.PathOf("d.csv"), "y", null, true, Stream: true);
        var passes = new List<int>();

        // When the streaming path fits it
        var outcome = FitStreaming.Run(request, passes.Add);

        // Then the file was read twice, the rows were fitted and the dropped rows counted
        Assert.Equal([1, 2], passes);
        Assert.Equal(12, outcome.Inference.Summary.Model.Statistics.Observations);
        Assert.Equal(2, outcome.Dropped.Count);
        Assert.Equal([3, 5], outcome.Dropped.FirstLines);
    }

    [Theory]
    [InlineData("gaps", "nonrobust")]
    [InlineData("gaps", "HC3")]
    [InlineData("groups", "cluster")]
    public void A_file_cut_into_parts_read_in_parallel_gives_the_in_memory_report(string data, string covariance)
    {
        // Given a file long enough to be cut into parts of 200 bytes
        File.WriteAllText(
            _cli.PathOf("d.csv"),
            string.Concat(Enumerable.Range(0, 3).Select(_ => Csv(data))).Replace("\ny,x1,x2,x3,g", "").Replace("\ny,x1,x2,x3", "")
        );
        var request = new FitRequest(
            _cli.PathOf("d.csv"),
            "y",
            ["x1", "x2", "x3"],
            true,
            Covariance: Enum.Parse<FitCovariance>(covariance, ignoreCase: true),
            Groups: data == "groups" ? "g" : null
        );

        // When it is fitted in memory and streamed in parts
        var memory = FitRunner.Run(request);
        var streamed = FitStreaming.Run(request with { Stream = true }, minimumPartBytes: 200);

        // Then the reports are the same, dropped lines included
        Assert.Equal(FitText.Write(memory), FitText.Write(streamed));
        JsonAgreement.AssertAgrees(
            JsonDocument.Parse(FitJson.Write(memory)).RootElement,
            JsonDocument.Parse(FitJson.Write(streamed)).RootElement,
            1e-12
        );
    }

    [Fact]
    public void A_mistake_in_a_later_part_is_reported_at_its_line_in_the_file()
    {
        // Given text on the last line of a file cut into parts
        File.WriteAllText(_cli.PathOf("d.csv"), Csv("plain") + Csv("plain")[11..] + "7,x,1,2\n");
        var request = new FitRequest(_cli.PathOf("d.csv"), "y", null, true, Stream: true);

        // When it is streamed in parts
        var error = Assert.Throws<DataFormatException>(() => FitStreaming.Run(request, minimumPartBytes: 200));

        // Then the error has the line in the whole file
        Assert.Equal(30, error.Line);
        Assert.Equal(2, error.Column);
    }

    [Fact]
    public void A_target_features_fit_of_a_large_file_streams_without_being_asked_and_a_formula_never_does()
    {
        // Given a file larger than a (lowered) threshold
        File.WriteAllText(_cli.PathOf("d.csv"), Csv("plain"));
        var columns = new FitRequest(_cli.PathOf("d.csv"), "y", null, true);
        var formula = new FitRequest(_cli.PathOf("d.csv"), null, null, true, "y ~ x1");

        // When the path is chosen
        var size = new FileInfo(_cli.PathOf("d.csv")).Length;

        // Then target/features stream above the threshold only; formulas stay in memory
        Assert.True(FitStreaming.Applies(columns, threshold: size));
        Assert.False(FitStreaming.Applies(columns, threshold: size + 1));
        Assert.False(FitStreaming.Applies(formula, threshold: 0));
        Assert.Equal(256L * 1024 * 1024, FitStreaming.AutomaticBytes);
    }

    [Fact]
    public async Task A_parquet_file_is_never_streamed_and_stream_says_so()
    {
        // Given a file named .parquet (its content does not matter for choosing the path)
        File.WriteAllText(_cli.PathOf("d.parquet"), Csv("plain"));

        // When the path is chosen automatically, and --stream is asked for
        var automatic = FitStreaming.Applies(new FitRequest(_cli.PathOf("d.parquet"), "y", null, true), threshold: 0);
        var run = await _cli.RunAsync("fit", "--data", "d.parquet", "--target", "y", "--stream");

        // Then Parquet stays in memory, and --stream is a one-line error
        Assert.False(automatic);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--stream reads CSV files", run.Error);
    }

    [Fact]
    public void The_size_of_a_file_behind_a_symbolic_link_is_the_file_s()
    {
        // Given a link to a data file
        File.WriteAllText(_cli.PathOf("d.csv"), Csv("plain"));
        File.CreateSymbolicLink(_cli.PathOf("link.csv"), _cli.PathOf("d.csv"));
        var size = new FileInfo(_cli.PathOf("d.csv")).Length;

        // When the path is chosen through the link
        var streams = FitStreaming.Applies(new FitRequest(_cli.PathOf("link.csv"), "y", null, true), threshold: size);

        // Then the file's size counts, not the link's
        Assert.True(streams);
    }

    [Theory]
    [InlineData("--formula", "y ~ x1", "--stream fits --target/--features")]
    [InlineData("--model", "ridge", "--stream fits ridge, lasso and elastic net with an intercept")]
    public async Task Stream_with_an_option_it_cannot_stream_is_a_one_line_usage_error(string option, string value, string expected)
    {
        // Given a small file
        File.WriteAllText(_cli.PathOf("d.csv"), Csv("plain"));
        string[] model = option == "--formula" ? [option, value] : ["--target", "y", option, value, "--lambda", "0.1", "--no-intercept"];

        // When --stream is combined with the option
        var run = await _cli.RunAsync(["fit", "--data", "d.csv", .. model, "--stream"]);

        // Then it is refused
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(expected, run.Error + run.Output);
    }

    private static string Csv(string name)
    {
        var groups = name == "groups";
        var rows = new System.Text.StringBuilder(groups ? "y,x1,x2,x3,g\n" : "y,x1,x2,x3\n");
        var random = new Random(17);
        for (var i = 0; i < 14; i++)
        {
            var x1 = Math.Round(random.NextDouble() * 10, 3);
            var x2 = Math.Round((random.NextDouble() * 4) - 2, 3);
            var x3 = name == "aliased" ? x1 + x1 : Math.Round(random.NextDouble() * 3, 3);
            var y = Math.Round(1 + (0.8 * x1) - (1.5 * x2) + x3 + ((random.NextDouble() - 0.5) * (1 + x1)), 4);
            var cells = FormattableString.Invariant($"{y},{x1},{x2},{x3}").Split(',');
            if (name == "gaps" && i == 1)
            {
                cells[1] = "";
            }

            if (name == "gaps" && i == 3)
            {
                cells[2] = "NaN";
            }

            rows.Append(string.Join(',', cells)).Append(groups ? $",g{i % 4}\n" : "\n");
        }

        return rows.ToString();
    }
}
