namespace AmazonSalesRegression.Numerics.Tests;

/// <summary>
/// Compares <see cref="DeterministicMath"/> with the platform library over wide ranges. The tolerance, a relative
/// error of 4e-16 (about 15.4 significant digits, under two ulps), allows for the platform library's own error.
/// </summary>
public sealed class DeterministicMathAccuracyTests
{
    private const double RelativeTolerance = 4e-16;
    private const int Samples = 200_000;

    [Theory]
    [InlineData(-1.0, 1.0)]
    [InlineData(-50.0, 50.0)]
    [InlineData(-708.0, 709.0)]
    [InlineData(-1e-6, 1e-6)]
    public void Exp_agrees_with_the_platform_to_four_parts_in_ten_to_the_sixteen(double low, double high)
    {
        // Given
        var arguments = UniformSample(low, high, seed: 1);

        // When
        var worst = WorstRelativeError(arguments, DeterministicMath.Exp, Math.Exp);

        // Then
        Assert.True(worst <= RelativeTolerance, $"worst relative error {worst:R} on [{low}, {high}]");
    }

    [Fact]
    public void Log_agrees_with_the_platform_across_all_binary_exponents()
    {
        // Given: mantissas uniform in [1, 2) scaled by every exponent from 2^-1074 (subnormal) to 2^1023
        var rng = new Xoshiro256StarStar(2);
        var arguments = new double[Samples];
        for (var i = 0; i < Samples; i++)
        {
            arguments[i] = Math.ScaleB(1.0 + rng.NextDouble(), rng.NextInt(2098) - 1074);
        }

        // When
        var worst = WorstRelativeError(arguments, DeterministicMath.Log, Math.Log);

        // Then
        Assert.True(worst <= RelativeTolerance, $"worst relative error {worst:R}");
    }

    [Theory]
    [InlineData(0.5, 2.0)]
    [InlineData(0.999, 1.001)]
    [InlineData(1e-3, 1e3)]
    public void Log_agrees_with_the_platform_near_one_and_on_moderate_ranges(double low, double high)
    {
        // Given
        var arguments = UniformSample(low, high, seed: 3);

        // When
        var worst = WorstRelativeError(arguments, DeterministicMath.Log, Math.Log);

        // Then
        Assert.True(worst <= RelativeTolerance, $"worst relative error {worst:R} on [{low}, {high}]");
    }

    [Theory]
    [InlineData(-0.8, 0.8)]
    [InlineData(-20.0, 20.0)]
    [InlineData(-1e6, 1e6)]
    public void Sin_and_cos_agree_with_the_platform(double low, double high)
    {
        // Given
        var arguments = UniformSample(low, high, seed: 4);

        // When
        var worstSin = WorstRelativeError(arguments, DeterministicMath.Sin, Math.Sin);
        var worstCos = WorstRelativeError(arguments, DeterministicMath.Cos, Math.Cos);

        // Then
        Assert.True(worstSin <= RelativeTolerance, $"sin: worst relative error {worstSin:R} on [{low}, {high}]");
        Assert.True(worstCos <= RelativeTolerance, $"cos: worst relative error {worstCos:R} on [{low}, {high}]");
    }

    [Fact]
    public void Sin_is_accurate_next_to_multiples_of_half_pi()
    {
        // Given: the doubles nearest to k·π/2, where the reduction cancels almost every bit
        var arguments = new List<double>();
        for (var k = 1; k <= 600_000; k += 997)
        {
            var nearest = k * (Math.PI / 2.0);
            arguments.Add(nearest);
            arguments.Add(Math.BitIncrement(nearest));
            arguments.Add(Math.BitDecrement(nearest));
        }

        // When
        var worstSin = WorstRelativeError([.. arguments], DeterministicMath.Sin, Math.Sin);
        var worstCos = WorstRelativeError([.. arguments], DeterministicMath.Cos, Math.Cos);

        // Then
        Assert.True(worstSin <= RelativeTolerance, $"sin: worst relative error {worstSin:R}");
        Assert.True(worstCos <= RelativeTolerance, $"cos: worst relative error {worstCos:R}");
    }

    private static double[] UniformSample(double low, double high, ulong seed)
    {
        var rng = new Xoshiro256StarStar(seed);
        var values = new double[Samples];
        for (var i = 0; i < Samples; i++)
        {
            values[i] = rng.NextUniform(low, high);
        }

        return values;
    }

    private static double WorstRelativeError(double[] arguments, Func<double, double> actual, Func<double, double> reference)
    {
        var worst = 0.0;
        foreach (var x in arguments)
        {
            var expected = reference(x);
            var error = expected == 0.0 ? Math.Abs(actual(x)) : Math.Abs((actual(x) - expected) / expected);
            worst = Math.Max(worst, error);
        }

        return worst;
    }
}
