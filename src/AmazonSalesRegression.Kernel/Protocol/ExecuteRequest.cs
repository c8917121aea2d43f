namespace AmazonSalesRegression.Kernel.Protocol;

/// <summary>Content of <c>execute_request</c>, with the spec's defaults for the optional members.</summary>
/// <param name="Code">The cell's source.</param>
/// <param name="Silent">Run quietly: no <c>execute_input</c>, no outputs on iopub, no history.</param>
/// <param name="StoreHistory">Record the cell in the history (forced off by <paramref name="Silent"/>).</param>
/// <param name="AllowStdin">Whether the client answers <c>input_request</c>s for this cell.</param>
/// <param name="StopOnError">Abort the execute requests already queued when this cell fails.</param>
internal sealed record ExecuteRequest(
    string Code,
    bool Silent = false,
    bool StoreHistory = true,
    bool AllowStdin = true,
    bool StopOnError = true
);
