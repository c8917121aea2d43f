namespace AmazonSalesRegression.Cli.Fitting;

/// <summary>How a fit uses a column, which decides what values it accepts.</summary>
internal enum ColumnUse
{
    /// <summary>A number: the target or a feature of a target/features fit; text is an error.</summary>
    Number,

    /// <summary>A formula variable: numbers, or text labels (a category); a column of numbers with some text is an error.</summary>
    Formula,

    /// <summary>Labels (a <c>C(column)</c> factor or the <c>--groups</c> column): any value but a missing one.</summary>
    Label,
}

/// <summary>A column a fit reads, and in what role (named in error messages).</summary>
/// <param name="Name">Column name.</param>
/// <param name="Use">What values it accepts.</param>
/// <param name="Role">e.g. <c>target</c>, <c>feature</c>, <c>formula variable</c>, <c>--groups</c>.</param>
internal sealed record UsedColumn(string Name, ColumnUse Use, string Role);
