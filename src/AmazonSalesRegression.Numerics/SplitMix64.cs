namespace AmazonSalesRegression.Numerics;

/// <summary>
/// SplitMix64, a 64-bit generator with a Weyl-sequence state and a strong output mixer. Used to expand one seed into
/// the 256-bit state of <see cref="Xoshiro256StarStar"/> and to derive independent stream seeds.
/// </summary>
/// <remarks>Only integer arithmetic (wrapping multiplication, shifts, xor): identical on every platform.</remarks>
// References:
//   G. L. Steele Jr., D. Lea and C. H. Flood, "Fast splittable pseudorandom number generators",
//   Proc. OOPSLA 2014, 453-472 (the mix64 variant 13 finalizer used here).
public sealed class SplitMix64
{
    private const ulong GoldenGamma = 0x9E3779B97F4A7C15;

    private ulong _state;

    /// <summary>Creates a generator whose state starts at <paramref name="seed"/>.</summary>
    /// <param name="seed">Any 64-bit value.</param>
    public SplitMix64(ulong seed)
    {
        _state = seed;
    }

    /// <summary>Advances the state by the golden-ratio increment and returns the mixed state.</summary>
    /// <returns>The next 64 pseudo-random bits.</returns>
    public ulong Next()
    {
        _state = unchecked(_state + GoldenGamma);
        return Mix(_state);
    }

    /// <summary>The SplitMix64 output function: a bijective avalanche mixer of 64 bits.</summary>
    /// <param name="z">The value to mix.</param>
    /// <returns>The mixed value.</returns>
    public static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
            return z ^ (z >> 31);
        }
    }
}
