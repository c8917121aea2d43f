namespace AmazonSalesRegression.Kernel.Execution;

/// <summary>One executed cell in the history: its session number, line number (execution count) and source.</summary>
internal sealed record HistoryEntry(int Session, int Line, string Input);
