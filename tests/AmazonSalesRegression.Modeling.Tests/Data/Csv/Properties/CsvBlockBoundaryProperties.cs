using System.Collections;
using System.Globalization;
using AmazonSalesRegression.Data.Csv;
using AmazonSalesRegression.Features.Tabular;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AmazonSalesRegression.Modeling.Tests.Data.Csv.Properties;

/// <summary>
/// The block-parallel reader gives the same result, or the same error, whatever the block size and number of workers.
/// (Tied to the current reader's internal division of work; remove it with that reader.)
/// </summary>
public sealed class CsvBlockBoundaryProperties
{
    private static readonly CsvParallelism Tiny = new(Workers: 3, BlockChars: 16, MinimumCharsToSplit: 1);
    private static readonly CsvParallelism Single = new(Workers: 1, BlockChars: 1 << 16, MinimumCharsToSplit: int.MaxValue);

    [Property(MaxTest = 300, Replay = "(999983,1000003)")]
    public Property Tiny_blocks_read_like_one_block() =>
        Prop.ForAll(
            Gen.OneOf(
                    CsvGen.CsvLikeText.Select(text => (Text: text, CsvInput.Schema)),
                    CsvGen.Table.Select(t => (Text: t.Write(), t.Schema))
                )
                .ToArbitrary(),
            Gen.Elements(BadRowPolicy.Throw, BadRowPolicy.Skip).ToArbitrary(),
            (input, policy) =>
            {
                // Given any text and policy
                var options = new CsvReadOptions { BadRows = policy };

                // When it is read in one block and in blocks of 16 characters on three workers
                var whole = Outcome(input.Text, input.Schema, options, Single);
                var split = Outcome(input.Text, input.Schema, options, Tiny);

                // Then the tables (values, lines, skipped rows) or the errors are the same
                Assert.Equal(whole, split);
            }
        );

    private static string Outcome(string text, CsvSchema schema, CsvReadOptions options, CsvParallelism parallelism)
    {
        try
        {
            var table = CsvReader.Read(new StringReader(text), "blocks.csv", schema, options, parallelism);
            var values = table.Columns.Select(c =>
                string.Join("|", ((IEnumerable)c).Cast<object>().Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)))
            );
            return string.Join(
                "\n",
                [$"lines {string.Join(",", table.LineNumbers)}", .. values, .. table.SkippedRows.Select(e => e.Message)]
            );
        }
        catch (DataFormatException e)
        {
            return "error " + e.Message;
        }
    }
}
