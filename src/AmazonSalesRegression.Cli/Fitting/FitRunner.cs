using AmazonSalesRegression.Data;
using AmazonSalesRegression.Data.Csv;
using AmazonSalesRegression.Regression;

namespace AmazonSalesRegression.Cli.Fitting;

/// <summary>Reads the CSV, checks the requested columns and fits the model.</summary>
internal static class FitRunner
{
    /// <summary>Runs a <see cref="FitRequest"/>.</summary>
    /// <exception cref="DataFormatException">The file or a requested column is not usable; the message names file and column.</exception>
    public static FitOutcome Run(FitRequest request)
    {
        if (!File.Exists(request.DataPath))
        {
            throw new FileNotFoundException($"{request.DataPath}: file not found.", request.DataPath);
        }

        var table = CsvReader.ReadInferred(request.DataPath, new CsvReadOptions { RequireRows = true });
        var y = Numeric(table, request.Target, "target");
        var features = request.Features ?? table.Columns.Where(c => c.IsNumeric && c.Name != request.Target).Select(c => c.Name).ToList();
        if (features.Count == 0)
        {
            throw new DataFormatException(table.Source, null, null, null, $"there is no numeric column besides the target '{request.Target}' to use as a feature.");
        }

        if (features.Contains(request.Target))
        {
            throw new DataFormatException(table.Source, 1, null, request.Target, "the target cannot also be a feature.");
        }

        var columns = features.Select(f => Numeric(table, f, "feature")).ToList();
        var result = Ols.Fit(columns, y, features, request.Intercept) with { ResponseName = request.Target };
        return new FitOutcome(request, result);
    }

    private static double[] Numeric(ColumnTable table, string name, string role)
    {
        if (!table.Contains(name))
        {
            throw new DataFormatException(table.Source, 1, null, name, $"the {role} column is not in the header; columns are: {string.Join(", ", table.ColumnNames)}.");
        }

        var column = table[name];
        return column.IsNumeric
            ? column.ToDoubles()
            : throw new DataFormatException(table.Source, 1, column.SourceColumn + 1, name, $"the {role} must be numeric, but the column holds text.");
    }
}
