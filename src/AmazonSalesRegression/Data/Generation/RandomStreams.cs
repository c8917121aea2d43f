using AmazonSalesRegression.Numerics;

namespace AmazonSalesRegression.Data.Generation;

/// <summary>Creates the generator for one stream.</summary>
internal static class RandomStreams
{
    /// <summary>The stream <paramref name="purpose"/> of SKU number <paramref name="skuKey"/> (category × 1000 + index).</summary>
    public static Xoshiro256StarStar For(ulong seed, RandomStream purpose, int skuKey) =>
        Xoshiro256StarStar.ForStream(seed, ((ulong)purpose << 32) | (uint)skuKey);
}
