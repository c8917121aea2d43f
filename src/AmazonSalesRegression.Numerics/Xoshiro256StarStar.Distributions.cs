namespace AmazonSalesRegression.Numerics;

public sealed partial class Xoshiro256StarStar
{
    private const double TwoPowMinus53 = 1.1102230246251565e-16;

    private double _spareNormal;
    private bool _hasSpareNormal;

    /// <summary>A uniform double in [0, 1): the top 53 bits of <see cref="NextUInt64"/> times 2^-53 (exact).</summary>
    /// <returns>A multiple of 2^-53 in [0, 1).</returns>
    public double NextDouble() => (NextUInt64() >> 11) * TwoPowMinus53;

    /// <summary>A uniform double in [<paramref name="low"/>, <paramref name="high"/>).</summary>
    /// <param name="low">Lower bound (inclusive).</param>
    /// <param name="high">Upper bound (exclusive up to rounding).</param>
    /// <returns><c>low + (high − low)·u</c> with u from <see cref="NextDouble"/>.</returns>
    public double NextUniform(double low, double high) => low + ((high - low) * NextDouble());

    /// <summary>A uniform integer in [0, <paramref name="maxExclusive"/>) without modulo bias.</summary>
    /// <remarks>Lemire's multiply-and-reject method: the high 64 bits of a 128-bit product, rejecting the biased low range.</remarks>
    /// <param name="maxExclusive">Number of possible values, at least 1.</param>
    /// <returns>An integer in [0, maxExclusive).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxExclusive"/> is less than 1.</exception>
    // References:
    //   D. Lemire, "Fast random integer generation in an interval", ACM Trans. Model. Comput. Simul. 29(1), 2019.
    public int NextInt(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxExclusive, 1);
        var range = (ulong)maxExclusive;
        var high = Math.BigMul(NextUInt64(), range, out var low);
        if (low < range)
        {
            var threshold = unchecked(0 - range) % range;
            while (low < threshold)
            {
                high = Math.BigMul(NextUInt64(), range, out low);
            }
        }

        return (int)high;
    }

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    /// <param name="probability">Probability of <see langword="true"/>, in [0, 1].</param>
    /// <returns>Whether a uniform draw fell below <paramref name="probability"/>.</returns>
    public bool NextBernoulli(double probability) => NextDouble() < probability;

    /// <summary>A standard normal variate N(0, 1) by Marsaglia's polar method.</summary>
    /// <remarks>
    /// Draws (u, v) uniform on the square (−1, 1)², rejects points outside the unit disc (and the origin), and returns
    /// u·√(−2 ln s / s) with s = u² + v²; v·√(−2 ln s / s) is kept for the next call. Uses <see cref="DeterministicMath.Log"/>
    /// and <see cref="Math.Sqrt"/>, so the variates are platform-independent.
    /// </remarks>
    /// <returns>A standard normal variate.</returns>
    // References:
    //   G. Marsaglia and T. A. Bray, "A convenient method for generating normal variables", SIAM Review 6(3), 260-264, 1964.
    public double NextNormal()
    {
        if (_hasSpareNormal)
        {
            _hasSpareNormal = false;
            return _spareNormal;
        }

        double u,
            v,
            s;
        do
        {
            u = (2.0 * NextDouble()) - 1.0;
            v = (2.0 * NextDouble()) - 1.0;
            s = (u * u) + (v * v);
        } while (s >= 1.0 || s == 0.0);

        var factor = Math.Sqrt(-2.0 * DeterministicMath.Log(s) / s);
        _spareNormal = v * factor;
        _hasSpareNormal = true;
        return u * factor;
    }
}
