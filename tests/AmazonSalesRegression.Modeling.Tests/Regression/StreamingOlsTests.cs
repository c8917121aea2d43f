using AmazonSalesRegression.Regression;
using AmazonSalesRegression.Regression.Streaming;

namespace AmazonSalesRegression.Modeling.Tests.Regression;

public sealed class StreamingOlsTests
{
    [Theory]
    [InlineData("hetero")]
    [InlineData("collinear")]
    [InlineData("nointercept")]
    [InlineData("demand")]
    public void Streaming_fit_agrees_with_the_in_memory_fit_to_11_digits(string name)
    {
        // Given a golden data set fed row by row
        var (names, columns) = OlsGolden.Data(name);
        var intercept = OlsGolden.Case(name).GetProperty("intercept").GetBoolean();
        var streaming = new StreamingOls(names[1..], intercept);
        var row = new double[names.Length - 1];
        for (var i = 0; i < columns[0].Length; i++)
        {
            for (var j = 1; j < names.Length; j++)
            {
                row[j - 1] = columns[j][i];
            }

            streaming.Add(row, columns[0][i]);
        }

        // When both fits are solved
        var result = streaming.Solve();
        var reference = Ols.Fit(columns[1..], columns[0], names[1..], intercept);

        // Then coefficients, standard errors, p-values and model statistics agree
        Tolerance.AssertDigits(
            reference.Coefficients.Select(c => c.Estimate).ToArray(),
            result.Coefficients.Select(c => c.Estimate).ToArray(),
            11,
            "estimate"
        );
        Tolerance.AssertDigits(
            reference.Coefficients.Select(c => c.StandardError).ToArray(),
            result.Coefficients.Select(c => c.StandardError).ToArray(),
            11,
            "std error"
        );
        Tolerance.AssertDigits(
            reference.Coefficients.Select(c => c.PValue).ToArray(),
            result.Coefficients.Select(c => c.PValue).ToArray(),
            9,
            "p"
        );
        Tolerance.AssertDigits(reference.RSquared, result.Statistics.RSquared, 11, "R²");
        Tolerance.AssertDigits(reference.FStatistic, result.Statistics.FStatistic, 10, "F");
        Tolerance.AssertDigits(reference.Aic, result.Statistics.GetAic(InformationCriterionConvention.Statsmodels), 11, "AIC");
    }

    [Fact]
    public void Streaming_fit_names_the_aliased_column_of_a_collinear_trio()
    {
        // Given list, selling = list − discount, and discount, streamed and also kept in memory
        var streaming = new StreamingOls(["list", "selling", "discount"]);
        double[][] columns = [new double[1000], new double[1000], new double[1000]];
        var y = new double[1000];
        for (var i = 0; i < 1000; i++)
        {
            var list = 10.0 + (i % 37);
            var discount = (i % 5) * 0.5;
            (columns[0][i], columns[1][i], columns[2][i]) = (list, list - discount, discount);
            y[i] = 100 - (2 * (list - discount)) + ((i * 7919 % 13) - 6);
            streaming.Add([list, list - discount, discount], y[i]);
        }

        // When it is solved
        var result = streaming.Solve();

        // Then the last column of the trio is aliased and the others agree with the in-memory fit
        var reference = Ols.Fit(columns, y, ["list", "selling", "discount"]);
        Assert.Equal(["discount"], result.AliasedColumns);
        Assert.Equal(reference.AliasedColumns, result.AliasedColumns);
        Tolerance.AssertDigits(
            reference.Coefficients.Where(c => !c.IsAliased).Select(c => c.Estimate).ToArray(),
            result.Coefficients.Where(c => !c.IsAliased).Select(c => c.Estimate).ToArray(),
            10,
            "estimate"
        );
    }

    [Fact]
    public void Memory_allocated_while_adding_rows_does_not_grow_with_the_number_of_rows()
    {
        // Given a streaming fit that has seen a first chunk
        var streaming = new StreamingOls(["a", "b"]);
        double[] row = [1, 2];
        AddRows(streaming, row, 300);

        // When 100,000 and then 400,000 more rows are added
        var small = Allocated(() => AddRows(streaming, row, 100_000));
        var large = Allocated(() => AddRows(streaming, row, 400_000));

        // Then neither allocates more than a constant few kilobytes (the runtime's own tiering may allocate once);
        // a single byte per row would be 100 KB and 400 KB
        Assert.InRange(small, 0, 16_384);
        Assert.InRange(large, 0, 16_384);
    }

    private static void AddRows(StreamingOls streaming, double[] row, int count)
    {
        for (var i = 0; i < count; i++)
        {
            row[0] = i;
            row[1] = i % 7;
            streaming.Add(row, (i * 0.5) + (i % 3));
        }
    }

    private static long Allocated(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Fact]
    public void A_non_finite_value_names_the_row_and_column()
    {
        // Given a streaming fit
        var streaming = new StreamingOls(["price", "ads"]);
        streaming.Add([1, 2], 3);

        // When a row with NaN is added
        var error = Assert.Throws<ArgumentException>(() => streaming.Add([1, double.NaN], 3));

        // Then the message names row 2 and the column
        Assert.Contains("Row 2, column 'ads'", error.Message);
    }
}
