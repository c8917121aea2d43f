using System.Text;
using System.Text.RegularExpressions;

namespace AmazonSalesRegression.Kernel.Execution;

/// <summary>
/// The in-memory input history that <c>history_request</c> reads, with IPython's three access modes.
/// Session numbers start at 1 and grow by one on each restart; line numbers are execution counts.
/// </summary>
internal sealed class ExecutionHistory
{
    /// <summary>The number of entries a <c>tail</c> request without <c>n</c> returns, as IPython does.</summary>
    public const int DefaultTail = 10;

    private static readonly TimeSpan s_matchTimeout = TimeSpan.FromSeconds(1);

    private readonly Lock _lock = new();
    private readonly List<HistoryEntry> _entries = [];
    private int _session = 1;

    /// <summary>Records a cell of the current session.</summary>
    public void Add(int line, string input)
    {
        lock (_lock)
        {
            _entries.Add(new HistoryEntry(_session, line, input));
        }
    }

    /// <summary>Starts a new session (after a restart); earlier entries stay readable.</summary>
    public void StartNewSession()
    {
        lock (_lock)
        {
            _session++;
        }
    }

    /// <summary>The last <paramref name="n"/> entries across sessions, oldest first.</summary>
    public IReadOnlyList<HistoryEntry> Tail(int? n)
    {
        lock (_lock)
        {
            return _entries.TakeLast(Math.Max(0, n ?? DefaultTail)).ToArray();
        }
    }

    /// <summary>
    /// Entries of one session with <paramref name="start"/> ≤ line &lt; <paramref name="stop"/>.
    /// <paramref name="session"/> 0 is the current session, a negative value counts back from it.
    /// </summary>
    public IReadOnlyList<HistoryEntry> Range(int session, int? start, int? stop)
    {
        lock (_lock)
        {
            var wanted = session > 0 ? session : _session + session;
            return _entries
                .Where(e => e.Session == wanted && e.Line >= (start ?? int.MinValue) && e.Line < (stop ?? int.MaxValue))
                .ToArray();
        }
    }

    /// <summary>
    /// Entries whose whole input matches the glob <paramref name="pattern"/> (<c>*</c> any text, <c>?</c> one character),
    /// the last <paramref name="n"/> of them (all when absent), oldest first; with <paramref name="unique"/> each input once, at its latest position.
    /// </summary>
    public IReadOnlyList<HistoryEntry> Search(string pattern, int? n, bool unique)
    {
        var regex = GlobToRegex(pattern);
        lock (_lock)
        {
            IEnumerable<HistoryEntry> matches = _entries.Where(e => regex.IsMatch(e.Input));
            if (unique)
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                matches = matches.Reverse().Where(e => seen.Add(e.Input)).Reverse();
            }

            return (n is { } count ? matches.TakeLast(Math.Max(0, count)) : matches).ToArray();
        }
    }

    private static Regex GlobToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        foreach (var c in pattern)
        {
            regex.Append(
                c switch
                {
                    '*' => ".*",
                    '?' => ".",
                    _ => Regex.Escape(c.ToString()),
                }
            );
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.Singleline | RegexOptions.CultureInvariant, s_matchTimeout);
    }
}
