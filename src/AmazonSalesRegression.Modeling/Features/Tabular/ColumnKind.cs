namespace AmazonSalesRegression.Features.Tabular;

/// <summary>How a column of tabular data is stored and what a formula can do with it.</summary>
public enum ColumnKind
{
    /// <summary>Real numbers (flags stored as 0/1 are numeric too).</summary>
    Numeric,

    /// <summary>Text labels; a formula treats them as a categorical factor.</summary>
    Text,

    /// <summary>Calendar days; a formula uses them through date functions such as <c>month(date)</c>.</summary>
    Date,
}
