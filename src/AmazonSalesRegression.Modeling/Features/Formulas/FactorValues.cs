namespace AmazonSalesRegression.Features.Formulas;

/// <summary>The value of a formula expression over all rows: numbers, or labels of a categorical factor.</summary>
internal abstract record FactorValues;

/// <summary>One number per row.</summary>
internal sealed record NumericValues(double[] Values) : FactorValues;

/// <summary>One label per row; <paramref name="NaturalOrder"/> gives the level order when it is not alphabetical (weekdays, months, numbers).</summary>
internal sealed record LabelValues(string[] Values, IReadOnlyList<string>? NaturalOrder) : FactorValues;

/// <summary>Several numeric columns from one expression, e.g. the orthogonal polynomials of <c>poly(x, 3)</c>.</summary>
internal sealed record BasisValues(double[][] Columns) : FactorValues;
