using System.Text.Json;

namespace AmazonSalesRegression.Cli.Tests;

/// <summary>Issue 15: <c>fit</c> never loses data silently; missing values drop rows (and say so) or raise, never predictors.</summary>
public sealed class FitMissingValueTests : IDisposable
{
    private const string WithGaps = "y,x1,x2\n1,2,3\n2,,5\n3,5,1\n5,4,NaN\n6,7,2\n8,8,6\n9,9,4\n11,3,5\n";

    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task An_empty_cell_and_a_nan_drop_their_rows_not_the_predictors_and_the_summary_says_so()
    {
        // Given x1 empty on line 3 and x2 NaN on line 5
        File.WriteAllText(_cli.PathOf("d.csv"), WithGaps);

        // When the default feature set is fitted
        var run = await _cli.RunAsync("fit", "--data", "d.csv", "--target", "y");

        // Then both predictors are in the model, fitted on the 6 complete rows, and the dropped lines are named
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Dropped 2 rows with missing values in used columns (lines 3, 5).", run.Output);
        Assert.Contains("Features (default: every column but the target): x1, x2.", run.Output);
        Assert.Matches(@"No\. Observations:\s+6\b", run.Output);
        Assert.Matches(@"(?m)^x1\s+-?\d", run.Output);
        Assert.Matches(@"(?m)^x2\s+-?\d", run.Output);
    }

    [Fact]
    public async Task Json_reports_the_count_and_the_lines_of_the_dropped_rows()
    {
        // Given missing values on lines 3 and 5
        File.WriteAllText(_cli.PathOf("d.csv"), WithGaps);

        // When the fit is printed as JSON
        var run = await _cli.RunAsync("fit", "--data", "d.csv", "--target", "y", "--format", "json");

        // Then rowsDropped has the count and the file lines, and n counts the rows kept
        var json = JsonDocument.Parse(run.Output).RootElement;
        var dropped = json.GetProperty("rowsDropped");
        Assert.Equal(2, dropped.GetProperty("count").GetInt32());
        Assert.Equal([3, 5], dropped.GetProperty("lines").EnumerateArray().Select(l => l.GetInt32()));
        Assert.Equal(6, json.GetProperty("n").GetInt32());
        Assert.Equal(
            ["(Intercept)", "x1", "x2"],
            json.GetProperty("coefficients").EnumerateArray().Select(c => c.GetProperty("name").GetString())
        );
    }

    [Fact]
    public async Task Only_a_column_the_model_uses_drops_rows()
    {
        // Given missing values only in x1
        File.WriteAllText(_cli.PathOf("d.csv"), "y,x1,x2\n1,2,3\n2,,5\n3,5,1\n5,4,2\n6,7,2\n");

        // When the model uses x2 only
        var run = await _cli.RunAsync("fit", "--data", "d.csv", "--target", "y", "--features", "x2", "--format", "json");

        // Then no row is dropped
        var json = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(0, json.GetProperty("rowsDropped").GetProperty("count").GetInt32());
        Assert.Equal(5, json.GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task Missing_raise_stops_at_the_first_missing_value_with_file_line_and_column()
    {
        // Given x1 empty on line 3
        File.WriteAllText(_cli.PathOf("d.csv"), WithGaps);

        // When missing values are to raise
        var run = await _cli.RunAsync("fit", "--data", "d.csv", "--target", "y", "--missing", "raise");

        // Then the error points at the cell, in one line
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("d.csv:3:2: column 'x1': missing value", run.Error);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task A_number_column_with_one_word_is_a_located_error_that_suggests_a_category()
    {
        // Given x1 holds numbers and 'abc' on line 3
        File.WriteAllText(_cli.PathOf("d.csv"), "y,x1,x2\n1,2,3\n2,abc,5\n3,5,1\n5,4,2\n6,7,2\n");

        // When the default feature set is fitted
        var run = await _cli.RunAsync("fit", "--data", "d.csv", "--target", "y");

        // Then x1 is not left out silently: the error names file, line, column and value, and suggests C(x1)
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("d.csv:3:2: column 'x1': expected a number, found 'abc'", run.Error);
        Assert.Contains("C(x1)", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public async Task A_text_column_is_not_skipped_by_the_default_feature_set()
    {
        // Given a genuine text column
        File.WriteAllText(_cli.PathOf("d.csv"), "y,x1,region\n1,2,a\n2,3,b\n3,5,a\n5,4,b\n6,7,a\n");

        // When fit runs without --features
        var run = await _cli.RunAsync("fit", "--data", "d.csv", "--target", "y");

        // Then the error names the column and the two ways forward
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("column 'region': the column holds text", run.Error);
        Assert.Contains("--formula \"y ~ ... + C(region)\"", run.Error);
        Assert.Contains("--features", run.Error);
    }

    [Fact]
    public async Task The_same_text_column_fits_as_a_category_in_a_formula()
    {
        // Given a text column
        File.WriteAllText(_cli.PathOf("d.csv"), "y,x1,region\n1,2,a\n2,3,b\n3,5,a\n5,4,b\n6,7,a\n8,1,b\n");

        // When it is named as C(region) in a formula
        var run = await _cli.RunAsync("fit", "--data", "d.csv", "--formula", "y ~ x1 + C(region)", "--format", "json");

        // Then it is a treatment-coded predictor
        Assert.Equal(0, run.ExitCode);
        var names = JsonDocument
            .Parse(run.Output)
            .RootElement.GetProperty("coefficients")
            .EnumerateArray()
            .Select(c => c.GetProperty("name").GetString());
        Assert.Equal(["Intercept", "C(region)[T.b]", "x1"], names);
    }

    [Fact]
    public async Task An_infinite_value_in_a_used_column_is_a_located_error()
    {
        // Given x2 is Infinity on line 4
        File.WriteAllText(_cli.PathOf("d.csv"), "y,x1,x2\n1,2,3\n2,3,5\n3,5,Infinity\n5,4,2\n6,7,2\n");

        // When it is fitted
        var run = await _cli.RunAsync("fit", "--data", "d.csv", "--target", "y");

        // Then the cell is named
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("d.csv:4:3: column 'x2': expected a finite number, found Infinity", run.Error);
    }

    [Fact]
    public async Task Rows_that_are_all_missing_somewhere_leave_nothing_to_fit_and_say_so()
    {
        // Given every row misses x1
        File.WriteAllText(_cli.PathOf("d.csv"), "y,x1\n1,\n2,NaN\n3,\n");

        // When it is fitted
        var run = await _cli.RunAsync("fit", "--data", "d.csv", "--target", "y");

        // Then the error says so in one line
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("every one of the 3 rows has a missing value", run.Error);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }
}
