namespace AmazonSalesRegression.Data.Csv;

/// <summary>
/// How <see cref="CsvReader"/> divides its work: the text is read in blocks of about <paramref name="BlockChars"/>
/// characters, and a block of at least <paramref name="MinimumCharsToSplit"/> characters is split at record
/// boundaries among <paramref name="Workers"/> parallel workers (smaller ones would cost more to split than they save).
/// </summary>
/// <remarks>
/// The reader divides the text itself rather than using Sep's <c>ParallelEnumerate</c>, which returns one result
/// object per row through PLINQ: with whole-record blocks each worker runs its own Sep reader over its part and
/// parses the fields straight into its own typed column builders, with no per-row allocation, and the parts are
/// appended in file order (which keeps errors, skipped rows and line numbers in file order too).
/// </remarks>
/// <param name="Workers">Number of parts a block is parsed in at the same time.</param>
/// <param name="BlockChars">Characters read per block.</param>
/// <param name="MinimumCharsToSplit">Smallest block that is split among the workers.</param>
internal sealed record CsvParallelism(int Workers, int BlockChars, int MinimumCharsToSplit)
{
    /// <summary>One worker per core (at most 8), with half a million characters each per block.</summary>
    public static CsvParallelism Default { get; } =
        new(Math.Clamp(Environment.ProcessorCount, 1, 8), Math.Clamp(Environment.ProcessorCount, 1, 8) << 19, 1 << 15);
}
