using System.Text.Json;
using AmazonSalesRegression.Cli.Fitting;

namespace AmazonSalesRegression.Cli.Tests;

/// <summary>Malformed quoting and cluster labels: the streaming path reads the file as the in-memory reader does.</summary>
public sealed partial class FitStreamingTests
{
    public static TheoryData<string, string> QuotingMistakes =>
        new()
        {
            { "y,x1,note\n1,2,ok\n2,3,a\"b\n3,5,c\n", "d.csv:3:3: unexpected '\"' inside an unquoted field" },
            { "y,x1,note\n1,2,ok\n2,3,\"a\"b\n3,5,c\n", "d.csv:3:3: " },
            { "y,x1,note\n1,2,ok\n2,3,c\n3,5,\"never closed\n", "d.csv:4:3: unterminated quoted field" },
            { "y,x1,note\n1,2,ok\n2,3\"4,c\n3,5,c\n", "d.csv:3:2: unexpected '\"' inside an unquoted field" },
            { "y,x1,no\"te\n1,2,ok\n", "d.csv:1:3: unexpected '\"' inside an unquoted field" },
            { "y,x1,note\n1,2,\"two\nlines\"x\n3,5,c\n", "d.csv:3:3: " },
        };

    [Theory]
    [MemberData(nameof(QuotingMistakes))]
    public async Task Malformed_quoting_in_any_column_is_the_in_memory_reader_s_located_error(string content, string expected)
    {
        // Given a file with a misplaced or unterminated quote
        File.WriteAllText(_cli.PathOf("d.csv"), content);

        // When it is fitted in memory and by streaming
        var memory = await _cli.RunAsync("fit", "--data", "d.csv", "--target", "y", "--features", "x1");
        var streamed = await _cli.RunAsync("fit", "--data", "d.csv", "--target", "y", "--features", "x1", "--stream");

        // Then both stop with the same one-line error
        Assert.Equal(1, streamed.ExitCode);
        Assert.Contains(expected, streamed.Error);
        Assert.Single(streamed.Error.TrimEnd().Split('\n'));
        Assert.Equal(memory.Error, streamed.Error);
    }

    [Fact]
    public async Task Well_formed_quoted_fields_stream_as_in_memory()
    {
        // Given numbers and labels in quotes, one with a doubled quote and one over two lines
        File.WriteAllText(
            _cli.PathOf("d.csv"),
            "y,x1,g\n\"1.5\",2,\"a\"\"b\"\n2,\"3\",\"c\nd\"\n3.5,5,\"a\"\"b\"\n4,4.5,e\n6,7,\"c\nd\"\n6.5,8,e\n"
        );
        string[] options = ["fit", "--data", "d.csv", "--target", "y", "--cov-type", "cluster", "--groups", "g", "--format", "json"];

        // When it is fitted in memory and by streaming
        var memory = await _cli.RunAsync(options);
        var streamed = await _cli.RunAsync([.. options, "--stream"]);

        // Then the fits are the same
        Assert.Equal(0, memory.ExitCode);
        JsonAgreement.AssertAgrees(JsonDocument.Parse(memory.Output).RootElement, JsonDocument.Parse(streamed.Output).RootElement, 1e-12);
    }

    public static TheoryData<string, int> ClusterLabels =>
        new()
        {
            { "1|1.0|a", 3 },
            { "1|1.0|2", 2 },
            { "1| 1 |2", 2 },
            { "1|NaN|a", 3 },
            { "1|NaN|2", 2 },
        };

    [Theory]
    [MemberData(nameof(ClusterLabels))]
    public async Task Cluster_labels_are_the_in_memory_clusters_text_as_written_and_numbers_by_value(string labels, int clusters)
    {
        // Given a groups column cycling through the labels
        var cycle = labels.Split('|');
        var rows = Csv("plain").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var content = string.Join('\n', rows.Select((row, i) => row + "," + (i == 0 ? "g" : cycle[(i - 1) % cycle.Length]))) + "\n";
        File.WriteAllText(_cli.PathOf("d.csv"), content);

        foreach (var format in new[] { "text", "json" })
        {
            // t with G − 1 degrees of freedom keeps the p-values away from the far tail, where they magnify rounding.
            string[] options =
            [
                "fit",
                "--data",
                "d.csv",
                "--target",
                "y",
                "--features",
                "x1,x2",
                "--cov-type",
                "cluster",
                "--groups",
                "g",
                "--use-t",
            ];

            // When it is fitted in memory and by streaming
            var memory = await _cli.RunAsync([.. options, "--format", format]);
            var streamed = await _cli.RunAsync([.. options, "--format", format, "--stream"]);

            // Then the clusters and standard errors are the same
            Assert.Equal(0, memory.ExitCode);
            if (format == "text")
            {
                Assert.Equal(memory.Output, streamed.Output);
            }
            else
            {
                var expected = JsonDocument.Parse(memory.Output).RootElement;
                JsonAgreement.AssertAgrees(expected, JsonDocument.Parse(streamed.Output).RootElement, 1e-12);
                Assert.Equal(clusters, expected.GetProperty("clusterCount").GetInt32());
            }
        }
    }

    [Fact]
    public async Task An_infinite_label_in_a_numeric_groups_column_is_the_in_memory_error()
    {
        // Given a numeric groups column with Infinity on line 4
        File.WriteAllText(_cli.PathOf("d.csv"), "y,x1,g\n1,2,1\n2,3,2\n3,5,Infinity\n5,4,1\n");
        string[] options = ["fit", "--data", "d.csv", "--target", "y", "--cov-type", "cluster", "--groups", "g"];

        // When it is fitted in memory and by streaming
        var memory = await _cli.RunAsync(options);
        var streamed = await _cli.RunAsync([.. options, "--stream"]);

        // Then both stop with the same error
        Assert.Equal(1, streamed.ExitCode);
        Assert.Contains("d.csv:4:3: column 'g': expected a finite number", streamed.Error);
        Assert.Equal(memory.Error, streamed.Error);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("2")]
    public async Task A_nan_label_under_missing_raise_is_missing_only_in_a_numeric_groups_column(string other)
    {
        // Given a groups column with NaN on line 3, and otherwise text or numbers
        File.WriteAllText(_cli.PathOf("d.csv"), $"y,x1,g\n1,2,1\n2,3,NaN\n3,5,{other}\n5,4,1\n4,1,{other}\n7,3,1\n");
        string[] options =
        [
            "fit",
            "--data",
            "d.csv",
            "--target",
            "y",
            "--cov-type",
            "cluster",
            "--groups",
            "g",
            "--use-t",
            "--missing",
            "raise",
        ];

        // When it is fitted in memory and by streaming
        var memory = await _cli.RunAsync(options);
        var streamed = await _cli.RunAsync([.. options, "--stream"]);

        // Then a text column fits with a NaN cluster, a numeric one stops at line 3, both as in memory
        Assert.Equal(other == "a" ? 0 : 1, memory.ExitCode);
        Assert.Equal(memory.ExitCode, streamed.ExitCode);
        Assert.Equal(memory.Output, streamed.Output);
        Assert.Equal(memory.Error, streamed.Error);
    }

    [Theory]
    [InlineData("nonrobust")]
    [InlineData("cluster")]
    public void Pass_two_reads_the_spooled_rows_deletes_them_after_and_re_reads_the_file_when_they_cannot_be_spooled(string covariance)
    {
        // Given a file cut into parts, a spool directory and one that does not exist
        File.WriteAllText(
            _cli.PathOf("d.csv"),
            string.Concat(Enumerable.Range(0, 3).Select(_ => Csv("groups")[13..])).Insert(0, "y,x1,x2,x3,g\n")
        );
        var spool = Directory.CreateDirectory(_cli.PathOf("spool")).FullName;
        var request = new FitRequest(
            _cli.PathOf("d.csv"),
            "y",
            ["x1", "x2", "x3"],
            true,
            Covariance: Enum.Parse<FitCovariance>(covariance, ignoreCase: true),
            Groups: covariance == "cluster" ? "g" : null,
            Stream: true
        );

        // When it is fitted in memory, streamed with a spool, and streamed without one
        var memory = FitText.Write(FitRunner.Run(request with { Stream = false }));
        var spooled = FitText.Write(FitStreaming.Run(request, minimumPartBytes: 200, spoolDirectory: spool));
        var reread = FitText.Write(FitStreaming.Run(request, minimumPartBytes: 200, spoolDirectory: _cli.PathOf("no-such-directory")));

        // Then all three reports are the same and no spool file is left
        Assert.Equal(memory, spooled);
        Assert.Equal(memory, reread);
        Assert.Empty(Directory.EnumerateFileSystemEntries(spool));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(38)]
    public void A_file_with_quotes_cut_into_parts_is_read_again_in_one_piece_as_in_memory(int quotedRow)
    {
        // Given a file long enough for parts, with a quoted line break in a label on one row
        var rows = string.Concat(Enumerable.Range(0, 3).Select(_ => Csv("groups")[13..])).Split('\n');
        rows[quotedRow] = rows[quotedRow][..rows[quotedRow].LastIndexOf(',')] + ",\"g\n9\"";
        File.WriteAllText(_cli.PathOf("d.csv"), "y,x1,x2,x3,g\n" + string.Join('\n', rows));
        var request = new FitRequest(_cli.PathOf("d.csv"), "y", ["x1", "x2", "x3"], true, Covariance: FitCovariance.Cluster, Groups: "g");

        // When it is fitted in memory and streamed in parts
        var memory = FitText.Write(FitRunner.Run(request));
        var streamed = FitText.Write(FitStreaming.Run(request with { Stream = true }, minimumPartBytes: 200));

        // Then the reports are the same
        Assert.Equal(memory, streamed);
    }
}
