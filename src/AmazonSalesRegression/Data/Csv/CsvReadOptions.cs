namespace AmazonSalesRegression.Data.Csv;

/// <summary>Options of <see cref="CsvReader"/> and <see cref="CsvSchema.Infer(string, CsvReadOptions?)"/>.</summary>
public sealed record CsvReadOptions
{
    /// <summary>The defaults: throw at the first bad row, a header without rows is accepted.</summary>
    public static CsvReadOptions Default { get; } = new();

    /// <summary>What to do with a row that cannot be accepted; <see cref="BadRowPolicy.Throw"/> by default.</summary>
    public BadRowPolicy BadRows { get; init; } = BadRowPolicy.Throw;

    /// <summary>Whether a file with a header but no (accepted) rows is an error; <see langword="false"/> by default.</summary>
    public bool RequireRows { get; init; }
}
