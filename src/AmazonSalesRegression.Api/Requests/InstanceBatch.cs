namespace AmazonSalesRegression.Api.Requests;

/// <summary>Parsed instances: <see cref="Count"/> rows of encoded inputs, row-major, in the scorer's feature order.</summary>
internal sealed class InstanceBatch(double[] values, int count, int featureCount)
{
    public int Count { get; } = count;

    public ReadOnlySpan<double> Row(int index) => values.AsSpan(index * featureCount, featureCount);
}
