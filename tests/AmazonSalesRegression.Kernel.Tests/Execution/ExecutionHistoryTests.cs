using AmazonSalesRegression.Kernel.Execution;

namespace AmazonSalesRegression.Kernel.Tests.Execution;

public sealed class ExecutionHistoryTests
{
    private static ExecutionHistory TwoSessions()
    {
        var history = new ExecutionHistory();
        history.Add(1, "var a = 1;");
        history.Add(2, "a + 1");
        history.Add(3, "Console.WriteLine(a);");
        history.StartNewSession();
        history.Add(1, "var b = 2;");
        history.Add(2, "a + 1");
        return history;
    }

    [Fact]
    public void Tail_returns_the_last_n_entries_across_sessions_oldest_first()
    {
        // Given
        var history = TwoSessions();

        // When
        var tail = history.Tail(3);

        // Then
        Assert.Equal([new(1, 3, "Console.WriteLine(a);"), new(2, 1, "var b = 2;"), new HistoryEntry(2, 2, "a + 1")], tail);
    }

    [Fact]
    public void Tail_without_n_returns_at_most_ten_entries()
    {
        // Given
        var history = new ExecutionHistory();
        for (var line = 1; line <= 12; line++)
        {
            history.Add(line, $"cell {line}");
        }

        // When
        var tail = history.Tail(null);

        // Then
        Assert.Equal(Enumerable.Range(3, 10), tail.Select(e => e.Line));
    }

    [Fact]
    public void Range_of_session_zero_is_the_current_session_with_stop_excluded()
    {
        // Given
        var history = TwoSessions();

        // When
        var range = history.Range(0, 1, 2);

        // Then
        Assert.Equal([new HistoryEntry(2, 1, "var b = 2;")], range);
    }

    [Fact]
    public void Range_with_a_negative_session_counts_back_from_the_current_one()
    {
        // Given
        var history = TwoSessions();

        // When
        var range = history.Range(-1, 2, null);

        // Then
        Assert.Equal([2, 3], range.Select(e => e.Line));
        Assert.All(range, e => Assert.Equal(1, e.Session));
    }

    [Fact]
    public void Search_matches_the_whole_input_against_a_glob()
    {
        // Given
        var history = TwoSessions();

        // When
        var found = history.Search("var ?*;", null, unique: false);

        // Then
        Assert.Equal(["var a = 1;", "var b = 2;"], found.Select(e => e.Input));
    }

    [Fact]
    public void Search_with_unique_keeps_only_the_latest_copy_of_each_input()
    {
        // Given
        var history = TwoSessions();

        // When
        var found = history.Search("a*", null, unique: true);

        // Then
        Assert.Equal([new HistoryEntry(2, 2, "a + 1")], found);
    }

    [Fact]
    public void Search_with_n_returns_only_the_most_recent_matches()
    {
        // Given
        var history = TwoSessions();

        // When
        var found = history.Search("*", 2, unique: false);

        // Then
        Assert.Equal(["var b = 2;", "a + 1"], found.Select(e => e.Input));
    }

    [Fact]
    public void Glob_metacharacters_of_regular_expressions_are_matched_literally()
    {
        // Given
        var history = new ExecutionHistory();
        history.Add(1, "x.Sum()");
        history.Add(2, "xaSum()");

        // When
        var found = history.Search("x.Sum()", null, unique: false);

        // Then
        Assert.Equal([1], found.Select(e => e.Line));
    }
}
