namespace AmazonSalesRegression.Numerics;

/// <summary>
/// xoshiro256**, a fast all-purpose 64-bit pseudo-random generator with a 256-bit state and period 2^256 − 1.
/// Unlike <see cref="Random"/>, its sequence is specified exactly, so a seed gives the same numbers on every
/// platform and .NET version.
/// </summary>
/// <remarks>
/// The state is filled from the seed by <see cref="SplitMix64"/>, as the authors recommend. Independent streams for
/// different purposes come from <see cref="ForStream"/>. Floating-point draws (<see cref="NextDouble"/>,
/// <see cref="NextNormal()"/>) use only exact scalings and <see cref="DeterministicMath"/>, so they are platform-independent too.
/// </remarks>
// References:
//   D. Blackman and S. Vigna, "Scrambled linear pseudorandom number generators",
//   ACM Trans. Math. Softw. 47(4), article 36, 2021 (xoshiro256**, the "**" scrambler rotl(s1·5, 7)·9).
public sealed partial class Xoshiro256StarStar
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Creates a generator whose 256-bit state is four successive SplitMix64 outputs from <paramref name="seed"/>.</summary>
    /// <param name="seed">Any 64-bit value.</param>
    public Xoshiro256StarStar(ulong seed)
    {
        var expander = new SplitMix64(seed);
        _s0 = expander.Next();
        _s1 = expander.Next();
        _s2 = expander.Next();
        _s3 = expander.Next();
    }

    /// <summary>Creates a generator from a raw state (used to check the reference sequence).</summary>
    internal Xoshiro256StarStar(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        if ((s0 | s1 | s2 | s3) == 0)
        {
            throw new ArgumentException("The xoshiro256** state must not be all zero.");
        }

        (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);
    }

    /// <summary>
    /// A generator for one named purpose: seeded with a mix of <paramref name="seed"/> and <paramref name="stream"/>,
    /// so that streams with different ids are statistically independent and adding draws to one stream never shifts another.
    /// </summary>
    /// <param name="seed">The master seed.</param>
    /// <param name="stream">Identifier of the stream (for example a SKU index combined with a process number).</param>
    /// <returns>A new generator.</returns>
    public static Xoshiro256StarStar ForStream(ulong seed, ulong stream) =>
        new(SplitMix64.Mix(seed) ^ SplitMix64.Mix(unchecked(stream + 0x632BE59BD9B4E019)));

    /// <summary>Returns the next 64 pseudo-random bits.</summary>
    /// <returns>A uniformly distributed 64-bit value.</returns>
    public ulong NextUInt64()
    {
        unchecked
        {
            var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
            var t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = ulong.RotateLeft(_s3, 45);
            return result;
        }
    }
}
