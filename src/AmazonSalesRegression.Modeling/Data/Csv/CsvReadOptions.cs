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

    /// <summary>
    /// For schema inference (<see cref="CsvReader.ReadInferred(string, CsvReadOptions?)"/>,
    /// <see cref="CsvSchema.Infer(string, CsvReadOptions?)"/>): whether an empty value or <c>NaN</c> in a column of numbers
    /// is a missing value, stored as <see cref="double.NaN"/>, instead of evidence that the column is text (as pandas'
    /// <c>read_csv</c> reads it). The inferred column then allows empty and non-finite values, so <c>Infinity</c> is kept
    /// too; callers that need finite numbers check for it. <see langword="false"/> by default: every value must be a
    /// finite number for a column to be numeric. Ignored when reading with a given schema.
    /// </summary>
    public bool MissingNumbers { get; init; }
}
