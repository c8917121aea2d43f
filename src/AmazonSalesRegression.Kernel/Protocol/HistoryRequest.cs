namespace AmazonSalesRegression.Kernel.Protocol;

/// <summary>Content of <c>history_request</c>.</summary>
/// <param name="HistAccessType"><c>tail</c>, <c>range</c> or <c>search</c>.</param>
/// <param name="Output">Whether outputs are wanted; this kernel keeps inputs only and always answers without them.</param>
/// <param name="Raw">Raw or transformed input; C# cells are not transformed, so both are the same.</param>
/// <param name="Session">For <c>range</c>: the session number, 0 for the current one, negative counting back from it.</param>
/// <param name="Start">For <c>range</c>: the first line (execution count) returned.</param>
/// <param name="Stop">For <c>range</c>: the line after the last one returned; absent for no limit.</param>
/// <param name="N">For <c>tail</c> and <c>search</c>: how many of the most recent entries to return.</param>
/// <param name="Pattern">For <c>search</c>: a glob (<c>*</c>, <c>?</c>) that the whole input must match.</param>
/// <param name="Unique">For <c>search</c>: drop repeated inputs, keeping the most recent.</param>
internal sealed record HistoryRequest(
    string HistAccessType,
    bool Output = false,
    bool Raw = true,
    int? Session = null,
    int? Start = null,
    int? Stop = null,
    int? N = null,
    string? Pattern = null,
    bool Unique = false
);
