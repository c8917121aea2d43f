using AmazonSalesRegression.Regression;

namespace AmazonSalesRegression.Modeling.Tests.Regression;

public sealed class LeastSquaresSolverTests
{
    private static readonly LeastSquaresSolver Extended = new(new LeastSquaresOptions { Precision = PrecisionPolicy.DoubleDouble });

    [Fact]
    public void The_blocked_double_path_agrees_with_double_double_across_several_row_blocks()
    {
        // Given: 70 001 rows span three blocks of 32 768 rows and end in a partial chunk
        var (design, y) = RandomProblem(70_001, 5, seed: 21);

        // When
        var fast = new LeastSquaresSolver().Solve(design, y);
        var exact = Extended.Solve(design, y);

        // Then
        Assert.NotEqual(ComputationPrecision.DoubleDouble, fast.Precision);
        Assert.Equal(ComputationPrecision.DoubleDouble, exact.Precision);
        for (var j = 0; j < design.ColumnCount; j++)
        {
            Tolerance.AssertDigits(exact.Coefficients[j], fast.Coefficients[j], 13);
        }

        Tolerance.AssertDigits(exact.ResidualSumOfSquares, fast.ResidualSumOfSquares, 13);
        var (d1, d2) = (exact.InverseGramDiagonal(), fast.InverseGramDiagonal());
        for (var j = 0; j < d1.Length; j++)
        {
            Tolerance.AssertDigits(d1[j], d2[j], 12);
        }
    }

    [Fact]
    public void An_ill_conditioned_large_problem_is_redone_in_double_double()
    {
        // Given: x and x + 1e-7·noise are nearly collinear (condition number far above 1e4)
        var x = Sample.Uniform(40_000, 22);
        var noise = Sample.Uniform(40_000, 23);
        var near = x.Select((v, i) => v + 1e-7 * noise[i]).ToArray();
        var y = x.Select((v, i) => 1 + v + 2 * near[i] + noise[(i + 1) % noise.Length]).ToArray();
        var design = DesignMatrix.FromColumns(["x", "near_x"], [x, near]).WithIntercept();

        // When
        var solution = new LeastSquaresSolver().Solve(design, y);

        // Then
        Assert.Equal(ComputationPrecision.DoubleDouble, solution.Precision);
        Assert.True(solution.ConditionNumber > 1e6);
        Assert.Equal(3, solution.Rank);
    }

    [Fact]
    public void Refinement_makes_the_double_path_accurate_when_residuals_dominate()
    {
        // Given: moderately correlated columns and a response that is mostly noise (large tan θ)
        var x = Sample.Uniform(30_000, 24);
        var z = Sample.Uniform(30_000, 25);
        var w = x.Select((v, i) => v + 0.01 * z[i]).ToArray();
        var y = Sample.Uniform(30_000, 26).Select(v => 1e3 * v).ToArray();
        var design = DesignMatrix.FromColumns(["x", "w"], [x, w]).WithIntercept();

        // When
        var fast = new LeastSquaresSolver(new LeastSquaresOptions { Precision = PrecisionPolicy.Double }).Solve(design, y);
        var exact = Extended.Solve(design, y);

        // Then
        Assert.Equal(ComputationPrecision.DoubleRefined, fast.Precision);
        for (var j = 0; j < 3; j++)
        {
            Tolerance.AssertDigits(exact.Coefficients[j], fast.Coefficients[j], 14);
        }
    }

    private static (DesignMatrix Design, double[] Y) RandomProblem(int rows, int columns, int seed)
    {
        var x = Enumerable.Range(0, columns).Select(j => Sample.Uniform(rows, seed + j)).ToArray();
        var noise = Sample.Uniform(rows, seed + columns);
        var y = noise.Select((e, i) => 2.0 + Enumerable.Range(0, columns).Sum(j => (j + 1) * x[j][i]) + e).ToArray();
        var names = Enumerable.Range(0, columns).Select(j => $"x{j}").ToArray();
        return (DesignMatrix.FromColumns(names, x).WithIntercept(), y);
    }
}
