namespace AmazonSalesRegression.Data;

/// <summary>What <see cref="SalesDataFiles.Write"/> wrote.</summary>
/// <param name="CsvPath">Full path of the sales CSV.</param>
/// <param name="TruthPath">Full path of the truth JSON beside it.</param>
/// <param name="Rows">Number of data rows.</param>
/// <param name="Skus">Number of distinct SKUs.</param>
/// <param name="FirstDate">First day covered.</param>
/// <param name="LastDate">Last day covered.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the CSV bytes.</param>
public sealed record SalesDataFileSet(
    string CsvPath,
    string TruthPath,
    int Rows,
    int Skus,
    DateOnly FirstDate,
    DateOnly LastDate,
    string Sha256
);
