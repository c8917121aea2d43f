namespace AmazonSalesRegression.Kernel.Protocol;

/// <summary>The <c>transient</c> member of display messages: data that is not saved into the notebook.</summary>
internal sealed record DisplayTransient(string DisplayId);
