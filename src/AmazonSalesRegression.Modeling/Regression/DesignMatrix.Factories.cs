using AmazonSalesRegression.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace AmazonSalesRegression.Regression;

public sealed partial class DesignMatrix
{
    /// <summary>Wraps one array per column (not copied).</summary>
    /// <param name="names">Column names, distinct and non-empty.</param>
    /// <param name="columns">Columns of equal length.</param>
    /// <returns>The design.</returns>
    /// <exception cref="ArgumentException">Counts or lengths do not match, or a name is empty or repeated.</exception>
    public static DesignMatrix FromColumns(IReadOnlyList<string> names, IReadOnlyList<double[]> columns)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(columns);
        return new DesignMatrix(
            [.. names],
            columns.Select(c => (ReadOnlyMemory<double>)c).ToArray(),
            columns.Select(_ => ReadOnlyMemory<double>.Empty).ToArray(),
            columns.Count == 0 ? 0 : columns[0].Length
        );
    }

    /// <summary>The design of a model with an intercept and no predictors: one column of ones.</summary>
    /// <param name="rows">The number of observations.</param>
    /// <param name="name">The intercept's name.</param>
    internal static DesignMatrix InterceptOnly(int rows, string name) => new DesignMatrix([], [], [], rows).WithIntercept(name);

    /// <summary>Wraps one contiguous column-major array of <paramref name="rows"/> × names.Count values (not copied).</summary>
    /// <param name="names">Column names.</param>
    /// <param name="values">Column-major values: column j occupies [j·rows, (j+1)·rows).</param>
    /// <param name="rows">Number of rows.</param>
    /// <returns>The design.</returns>
    public static DesignMatrix FromColumnMajor(IReadOnlyList<string> names, double[] values, int rows)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(values);
        if ((long)rows * names.Count != values.Length)
        {
            throw new ArgumentException($"{values.Length} values cannot form {rows} rows × {names.Count} columns.", nameof(values));
        }

        return new DesignMatrix(
            [.. names],
            Enumerable.Range(0, names.Count).Select(j => new ReadOnlyMemory<double>(values, j * rows, rows)).ToArray(),
            names.Select(_ => ReadOnlyMemory<double>.Empty).ToArray(),
            rows
        );
    }

    /// <summary>Uses a Math.NET matrix; a dense matrix's column-major storage is shared, other storage is copied.</summary>
    /// <param name="names">Column names.</param>
    /// <param name="matrix">The matrix (rows = observations).</param>
    /// <returns>The design.</returns>
    public static DesignMatrix FromMatrix(IReadOnlyList<string> names, Matrix<double> matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var values = matrix.AsColumnMajorArray() ?? matrix.ToColumnMajorArray();
        return FromColumnMajor(names, values, matrix.RowCount);
    }

    /// <summary>
    /// Uses double-double columns, kept as leading and trailing double arrays. Use this when the exact design is
    /// not representable in double and the problem is ill-conditioned (for example powers x², …, x¹⁰ formed in
    /// double-double for a polynomial fit).
    /// </summary>
    /// <param name="names">Column names.</param>
    /// <param name="columns">Columns of equal length.</param>
    /// <returns>The design.</returns>
    public static DesignMatrix FromExtendedColumns(IReadOnlyList<string> names, IReadOnlyList<DoubleDouble[]> columns)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(columns);
        var leading = columns.Select(c => (ReadOnlyMemory<double>)c.Select(v => v.Hi).ToArray()).ToArray();
        var trailing = columns
            .Select(c => c.All(v => v.Lo == 0.0) ? ReadOnlyMemory<double>.Empty : c.Select(v => v.Lo).ToArray())
            .ToArray();
        return new DesignMatrix([.. names], leading, trailing, columns.Count == 0 ? 0 : columns[0].Length);
    }
}
