namespace AmazonSalesRegression.Api.Requests;

/// <summary>Parsed instances: <see cref="Count"/> rows of encoded inputs, row-major, in the scorer's feature order.</summary>
/// <param name="values">The rows, one after the other.</param>
/// <param name="count">Number of rows.</param>
/// <param name="featureCount">Inputs per row.</param>
/// <param name="lines">For CSV, the line each instance came from (for messages); null for JSON.</param>
internal sealed class InstanceBatch(double[] values, int count, int featureCount, int[]? lines = null)
{
    /// <summary>Number of instances.</summary>
    public int Count { get; } = count;

    /// <summary>The encoded inputs of instance <paramref name="index"/>.</summary>
    public ReadOnlySpan<double> Row(int index) => values.AsSpan(index * featureCount, featureCount);

    /// <summary>Instance <paramref name="index"/> for messages: <c>instances[3]</c>, or <c>instances[3] (line 5)</c> for CSV.</summary>
    public string Name(int index) => lines is null ? $"instances[{index}]" : $"instances[{index}] (line {lines[index]})";
}
