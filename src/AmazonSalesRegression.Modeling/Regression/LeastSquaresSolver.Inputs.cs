using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using AmazonSalesRegression.Numerics;

namespace AmazonSalesRegression.Regression;

public sealed partial class LeastSquaresSolver
{
    /// <summary>The name used for the response in error messages.</summary>
    internal const string ResponseName = "response";

    /// <summary>Checks sizes and values and returns the power-of-two scaled augmented matrix [X y].</summary>
    private static ScaledColumns Prepare(DesignMatrix design, ReadOnlyMemory<double> y)
    {
        ArgumentNullException.ThrowIfNull(design);
        var n = design.Rows;
        var p = design.ColumnCount;
        if (p == 0)
        {
            throw new ArgumentException("The design has no columns.", nameof(design));
        }

        if (y.Length != n)
        {
            throw new ArgumentException($"The response has {y.Length} values but the design has {n} rows.", nameof(y));
        }

        if (n <= p)
        {
            throw new RegressionInputException(
                $"{n} observations are too few for {p} coefficients: least squares with inference needs more rows than coefficients.",
                nameof(design)
            );
        }

        var exponents = new int[p + 1];
        var all = Enumerable.Range(0, p).ToArray();
        var leading = design.Leading(all);
        var trailing = design.Trailing(all);
        for (var j = 0; j < p; j++)
        {
            exponents[j] = ScaleExponent(leading[j].Span, design.Names[j], nameof(design));
        }

        exponents[p] = ScaleExponent(y.Span, ResponseName, nameof(y));
        return new ScaledColumns([.. leading, y], [.. trailing, ReadOnlyMemory<double>.Empty], exponents, n);
    }

    /// <summary>Checks that all values are finite and returns e with max|x|·2^e in [½, 1) (0 for a zero column).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ScaleExponent(ReadOnlySpan<double> values, string name, string parameter)
    {
        var vectors = MemoryMarshal.Cast<double, Vector<double>>(values);
        var largest = Vector<double>.Zero;
        var poison = Vector<double>.Zero;
        foreach (var v in vectors)
        {
            largest = Vector.Max(largest, Vector.Abs(v));
            poison += v * Vector<double>.Zero;
        }

        var maximum = 0.0;
        var finite = true;
        for (var lane = 0; lane < Vector<double>.Count; lane++)
        {
            maximum = Math.Max(maximum, largest[lane]);
            finite &= poison[lane] == 0.0;
        }

        for (var i = vectors.Length * Vector<double>.Count; i < values.Length; i++)
        {
            maximum = Math.Max(maximum, Math.Abs(values[i]));
            finite &= double.IsFinite(values[i]);
        }

        if (!finite)
        {
            var row = FirstNonFinite(values);
            throw new RegressionInputException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Column '{name}' has the non-finite value {values[row]} in row {row} (0-based); remove or impute it before fitting."
                ),
                parameter
            );
        }

        return maximum == 0.0 ? 0 : -(Math.ILogB(maximum) + 1);
    }

    private static int FirstNonFinite(ReadOnlySpan<double> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
