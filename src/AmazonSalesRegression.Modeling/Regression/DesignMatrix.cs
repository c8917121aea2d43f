using AmazonSalesRegression.Numerics;

namespace AmazonSalesRegression.Regression;

/// <summary>
/// A regression design matrix stored column-major (one memory block per column) with a name per column.
/// Columns may carry double-double precision (<see cref="FromExtendedColumns"/>) when rounding the design to
/// double would itself perturb an ill-conditioned problem, as with high-degree polynomial terms.
/// </summary>
/// <remarks>
/// Columns are wrapped, not copied: do not modify the arrays while the design or a fit made from it is in use.
/// Values are checked for NaN and infinity when a model is fitted.
/// </remarks>
public sealed partial class DesignMatrix
{
    /// <summary>The name given to the column of ones added by <see cref="WithIntercept"/>, as in R.</summary>
    public const string InterceptName = "(Intercept)";

    private readonly ReadOnlyMemory<double>[] _leading;
    private readonly ReadOnlyMemory<double>[] _trailing;
    private readonly string[] _names;

    private DesignMatrix(string[] names, ReadOnlyMemory<double>[] leading, ReadOnlyMemory<double>[] trailing, int rows)
    {
        if (names.Length != leading.Length)
        {
            throw new ArgumentException($"{names.Length} names were given for {leading.Length} columns.", nameof(names));
        }

        var duplicate = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Column name '{duplicate.Key}' is used more than once.", nameof(names));
        }

        for (var j = 0; j < leading.Length; j++)
        {
            if (string.IsNullOrWhiteSpace(names[j]))
            {
                throw new ArgumentException($"Column {j} has an empty name.", nameof(names));
            }

            if (leading[j].Length != rows)
            {
                throw new ArgumentException(
                    $"Column '{names[j]}' has {leading[j].Length} rows; expected {rows} like the first column.",
                    nameof(leading)
                );
            }
        }

        _names = names;
        _leading = leading;
        _trailing = trailing;
        Rows = rows;
    }

    /// <summary>Number of rows (observations).</summary>
    public int Rows { get; }

    /// <summary>Number of columns.</summary>
    public int ColumnCount => _leading.Length;

    /// <summary>The column names, in column order.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>Whether any column carries a double-double trailing part.</summary>
    public bool HasExtendedPrecision => _trailing.Any(t => !t.IsEmpty);

    /// <summary>Whether the first column is the intercept added by <see cref="WithIntercept"/>.</summary>
    public bool StartsWithIntercept { get; private init; }

    /// <summary>The values of column <paramref name="index"/> rounded to double.</summary>
    /// <param name="index">Zero-based column index.</param>
    /// <returns>The column.</returns>
    public ReadOnlySpan<double> Column(int index) => _leading[index].Span;

    /// <summary>Returns a design with a column of ones in front of these columns.</summary>
    /// <param name="name">The intercept's name: <see cref="InterceptName"/> as in R by default; formulas use <c>Intercept</c> as statsmodels does.</param>
    /// <returns>The extended design (the existing columns are shared, not copied).</returns>
    /// <exception cref="InvalidOperationException">The design already starts with an intercept.</exception>
    public DesignMatrix WithIntercept(string name = InterceptName)
    {
        if (StartsWithIntercept)
        {
            throw new InvalidOperationException("The design already starts with an intercept column.");
        }

        var ones = new double[Rows];
        Array.Fill(ones, 1.0);
        return new DesignMatrix([name, .. _names], [ones, .. _leading], [ReadOnlyMemory<double>.Empty, .. _trailing], Rows)
        {
            StartsWithIntercept = true,
        };
    }

    /// <summary>The leading parts of the given columns.</summary>
    /// <param name="indices">Column indices.</param>
    /// <returns>The columns, not copied.</returns>
    internal ReadOnlyMemory<double>[] Leading(IEnumerable<int> indices) => indices.Select(j => _leading[j]).ToArray();

    /// <summary>The trailing parts of the given columns (empty for plain columns).</summary>
    /// <param name="indices">Column indices.</param>
    /// <returns>The trailing parts, not copied.</returns>
    internal ReadOnlyMemory<double>[] Trailing(IEnumerable<int> indices) => indices.Select(j => _trailing[j]).ToArray();

    /// <summary>The value in row <paramref name="row"/> of column <paramref name="column"/> including its trailing part.</summary>
    /// <param name="row">Row index.</param>
    /// <param name="column">Column index.</param>
    /// <returns>The double-double value.</returns>
    internal DoubleDouble Value(int row, int column) =>
        _trailing[column].IsEmpty ? _leading[column].Span[row] : new DoubleDouble(_leading[column].Span[row], _trailing[column].Span[row]);
}
