using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AmazonSalesRegression.Cli.Tests;

/// <summary>Issue 17: <c>fit --data FILE.parquet</c> gives the output the same data gives in CSV.</summary>
public sealed class FitParquetTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    public static TheoryData<string[]> OptionSets =>
        new()
        {
            new[] { "--target", "y", "--features", "x1,x2" },
            new[] { "--target", "y", "--features", "x1,x2", "--format", "json" },
            new[] { "--formula", "y ~ x1 + np.log(x2) + C(region)" },
            new[] { "--formula", "y ~ x1 + x2 + C(region)", "--format", "json" },
            new[] { "--target", "y", "--features", "x1,x2,flag", "--cov-type", "HC3" },
            new[] { "--target", "y", "--features", "x1,x2", "--cov-type", "cluster", "--groups", "region", "--format", "json" },
            new[] { "--target", "y", "--features", "x1,x2,flag", "--no-intercept" },
            new[] { "--target", "y", "--features", "x1,x2,flag", "--model", "ridge", "--lambda", "0.1" },
            new[] { "--target", "y", "--features", "x1,x2,flag", "--model", "elasticnet", "--lambda", "0.05", "--format", "json" },
        };

    [Theory]
    [MemberData(nameof(OptionSets))]
    public async Task A_parquet_file_fits_to_the_same_output_as_the_same_data_in_csv(string[] options)
    {
        // Given a CSV file and DuckDB's Parquet copy of it, in row groups of 7 rows
        File.WriteAllText(_cli.PathOf("d.csv"), Csv(gaps: false));
        DuckDbParquet.CsvToParquet(_cli.PathOf("d.csv"), _cli.PathOf("d.parquet"), rowGroupSize: 7);

        // When both are fitted with the same options
        var csv = await _cli.RunAsync(["fit", "--data", "d.csv", .. options]);
        var parquet = await _cli.RunAsync(["fit", "--data", "d.parquet", .. options]);

        // Then the outputs are identical (JSON names its dropped rows "rows" instead of "lines")
        Assert.Equal(0, csv.ExitCode);
        Assert.Equal(0, parquet.ExitCode);
        Assert.Equal(csv.Output, parquet.Output.Replace("\"rows\": []", "\"lines\": []", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rows_dropped_for_missing_values_are_named_by_parquet_row_number_in_text_and_json()
    {
        // Given missing x2 on CSV lines 4 and 9, which are rows 3 and 8 of the Parquet copy (nulls there)
        File.WriteAllText(_cli.PathOf("d.csv"), Csv(gaps: true));
        DuckDbParquet.CsvToParquet(_cli.PathOf("d.csv"), _cli.PathOf("d.parquet"));
        string[] options = ["--target", "y", "--features", "x1,x2"];

        // When both are fitted, as text and as JSON
        var csvText = await _cli.RunAsync(["fit", "--data", "d.csv", .. options]);
        var parquetText = await _cli.RunAsync(["fit", "--data", "d.parquet", .. options]);
        var csvJson = await _cli.RunAsync(["fit", "--data", "d.csv", .. options, "--format", "json"]);
        var parquetJson = await _cli.RunAsync(["fit", "--data", "d.parquet", .. options, "--format", "json"]);

        // Then the fits agree and only the naming of the dropped rows differs
        Assert.Contains("Dropped 2 rows with missing values in used columns (lines 4, 9).", csvText.Output);
        Assert.Equal(csvText.Output.Replace("(lines 4, 9)", "(rows 3, 8)", StringComparison.Ordinal), parquetText.Output);
        var dropped = JsonDocument.Parse(parquetJson.Output).RootElement.GetProperty("rowsDropped");
        Assert.Equal(2, dropped.GetProperty("count").GetInt32());
        Assert.Equal([3, 8], dropped.GetProperty("rows").EnumerateArray().Select(r => r.GetInt32()));
        Assert.Equal(
            JsonDocument.Parse(csvJson.Output).RootElement.GetProperty("coefficients").ToString(),
            JsonDocument.Parse(parquetJson.Output).RootElement.GetProperty("coefficients").ToString()
        );
    }

    [Fact]
    public async Task Missing_raise_stops_at_the_first_null_naming_file_row_and_column()
    {
        // Given a Parquet copy with a null x2 in row 3
        File.WriteAllText(_cli.PathOf("d.csv"), Csv(gaps: true));
        DuckDbParquet.CsvToParquet(_cli.PathOf("d.csv"), _cli.PathOf("d.parquet"));

        // When missing values are to raise
        var run = await _cli.RunAsync("fit", "--data", "d.parquet", "--target", "y", "--features", "x1,x2", "--missing", "raise");

        // Then the error names the row and column, in one line
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("d.parquet: row 3: column 'x2': missing value", run.Error);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task A_csv_file_named_parquet_is_one_error_naming_the_file()
    {
        // Given CSV text in a file named .parquet
        File.WriteAllText(_cli.PathOf("d.parquet"), Csv(gaps: false));

        // When it is fitted
        var run = await _cli.RunAsync("fit", "--data", "d.parquet", "--target", "y");

        // Then one error line says it is not Parquet, without a stack trace
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("d.parquet: not a Parquet file: expected the bytes 'PAR1' at its start and end (it starts like text", run.Error);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task A_parquet_file_without_rows_is_an_error_saying_a_row_was_expected()
    {
        // Given a Parquet file with columns but no rows
        DuckDbParquet.WriteFile("SELECT 1.0::DOUBLE AS y, 2.0::DOUBLE AS x WHERE false", _cli.PathOf("empty.parquet"));

        // When it is fitted
        var run = await _cli.RunAsync("fit", "--data", "empty.parquet", "--target", "y");

        // Then the error says so
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("empty.parquet: expected at least one row, found none", run.Error);
    }

    [Fact]
    public async Task A_missing_column_and_an_unsupported_column_are_errors_naming_the_column()
    {
        // Given a Parquet file with a timestamp column, and one without the column z
        DuckDbParquet.WriteFile("SELECT 1.0 AS y, 2.0 AS x, TIMESTAMP '2024-01-01 10:00:00' AS seen", _cli.PathOf("ts.parquet"));
        DuckDbParquet.WriteFile("SELECT range::DOUBLE AS y, (range * range)::DOUBLE AS x FROM range(5)", _cli.PathOf("xy.parquet"));

        // When they are fitted
        var timestamp = await _cli.RunAsync("fit", "--data", "ts.parquet", "--target", "y", "--features", "x");
        var missing = await _cli.RunAsync("fit", "--data", "xy.parquet", "--target", "y", "--features", "z");

        // Then each error names its column, without a line for a file that has none
        Assert.Contains("ts.parquet: column 'seen': a timestamp column, which cannot be read; expected numbers", timestamp.Error);
        Assert.Contains("xy.parquet: column 'z': the feature column is not in the header; columns are: y, x.", missing.Error);
    }

    // 30 rows: a date, a region label, two numbers, a 0/1 flag and y; with gaps, x2 is empty on lines 4 and 9.
    private static string Csv(bool gaps)
    {
        var text = new StringBuilder("day,region,x1,x2,flag,y\n");
        string[] regions = ["north", "south", "east"];
        for (var i = 0; i < 30; i++)
        {
            var x1 = ((i * 7) % 11) + 0.25;
            var x2 = ((i * 5) % 13) + 1.5;
            var y = 3 + (1.5 * x1) - (0.75 * x2) + (i % 3) + (0.1 * ((i * 17) % 5));
            var line = i + 2;
            var x2Text = gaps && line is 4 or 9 ? string.Empty : x2.ToString(CultureInfo.InvariantCulture);
            text.Append(
                CultureInfo.InvariantCulture,
                $"{new DateOnly(2024, 1, 1).AddDays(i):yyyy-MM-dd},{regions[i % 3]},{x1},{x2Text},{i % 2},{y}\n"
            );
        }

        return text.ToString();
    }
}
