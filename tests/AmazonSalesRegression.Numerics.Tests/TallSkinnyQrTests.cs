using MathNet.Numerics.LinearAlgebra;

namespace AmazonSalesRegression.Numerics.Tests;

public sealed class TallSkinnyQrTests
{
    [Fact]
    public void Both_triangular_factors_match_math_net_qr_up_to_row_signs()
    {
        // Given: 300 rows (several chunks, last one partial), 7 columns with different scales
        var random = new Random(5);
        var columns = Enumerable
            .Range(0, 7)
            .Select(j => Enumerable.Range(0, 300).Select(_ => (random.NextDouble() - 0.5) * Math.Pow(10, j)).ToArray())
            .ToArray();
        var reference = Matrix<double>.Build.Dense(300, 7, (i, j) => columns[j][i]).QR().R;
        var scaled = Scaled(columns);

        // When
        var r = TallSkinnyQr.Factor(scaled);
        var extended = ExtendedTallSkinnyQr.Factor(scaled);

        // Then
        for (var i = 0; i < 7; i++)
        {
            var sign = Math.Sign(r[i + i * 7]) * Math.Sign(reference[i, i]);
            var extendedSign = Math.Sign(extended[i + i * 7].Hi) * Math.Sign(reference[i, i]);
            for (var j = i; j < 7; j++)
            {
                Assert.Equal(reference[i, j], sign * r[i + j * 7], Math.Abs(reference[j, j]) * 1e-12);
                Assert.Equal(reference[i, j], extendedSign * extended[i + j * 7].ToDouble(), Math.Abs(reference[j, j]) * 1e-12);
            }
        }
    }

    [Fact]
    public void The_factor_does_not_depend_on_parallel_scheduling()
    {
        // Given: more rows than one block, so blocks are factorized in parallel and merged
        var random = new Random(6);
        var columns = Enumerable.Range(0, 3).Select(_ => Enumerable.Range(0, 70_000).Select(_ => random.NextDouble()).ToArray()).ToArray();
        var scaled = Scaled(columns);

        // When
        var first = TallSkinnyQr.Factor(scaled);
        var second = TallSkinnyQr.Factor(scaled);

        // Then
        Assert.Equal(first, second);
    }

    [Fact]
    public void Limited_pivoting_moves_a_dependent_column_to_the_end_and_keeps_the_order_of_the_others()
    {
        // Given: column 1 = 2·column 0; columns 2 and 3 independent; the last column is y
        var random = new Random(7);
        var c0 = Enumerable.Range(0, 50).Select(_ => random.NextDouble()).ToArray();
        var c1 = c0.Select(v => 2 * v).ToArray();
        var c2 = Enumerable.Range(0, 50).Select(_ => random.NextDouble()).ToArray();
        var c3 = Enumerable.Range(0, 50).Select(_ => random.NextDouble()).ToArray();
        var y = Enumerable.Range(0, 50).Select(_ => random.NextDouble()).ToArray();
        var factor = ExtendedTallSkinnyQr.Factor(Scaled([c0, c1, c2, c3, y]));

        // When
        var pivoted = LimitedPivotingQr.Factor(factor, predictors: 4, tolerance: 1e-10);

        // Then
        Assert.Equal([0, 2, 3], pivoted.Kept);
        Assert.Equal([1], pivoted.Aliased);
        Assert.Equal(3, pivoted.Rank);
    }

    private static ScaledColumns Scaled(double[][] columns) =>
        new(
            columns.Select(c => (ReadOnlyMemory<double>)c).ToArray(),
            columns.Select(_ => ReadOnlyMemory<double>.Empty).ToArray(),
            new int[columns.Length],
            columns[0].Length
        );
}
