using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Data.Csv;

/// <summary>What the reader does with a row it cannot accept.</summary>
public enum BadRowPolicy
{
    /// <summary>Stop at the first bad row and throw its <see cref="DataFormatException"/> (the default).</summary>
    Throw,

    /// <summary>
    /// Leave the row out of the table and record its error in <see cref="ColumnTable.SkippedRows"/>.
    /// Header problems and broken quoting still throw, because the rest of the file cannot be split into rows reliably.
    /// </summary>
    Skip,
}
