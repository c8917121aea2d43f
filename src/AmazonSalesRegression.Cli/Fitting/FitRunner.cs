using AmazonSalesRegression.Data;
using AmazonSalesRegression.Data.Csv;
using AmazonSalesRegression.Regression;
using AmazonSalesRegression.Regression.Regularization;

namespace AmazonSalesRegression.Cli.Fitting;

/// <summary>Reads the CSV, checks the requested columns and fits the model.</summary>
internal static class FitRunner
{
    /// <summary>Runs a <see cref="FitRequest"/>.</summary>
    /// <exception cref="DataFormatException">The file or a requested column is not usable; the message names file and column.</exception>
    public static FitOutcome Run(FitRequest request)
    {
        var (y, features, columns) = Read(request);
        var result = Ols.Fit(columns, y, features, request.Intercept) with { ResponseName = request.Target };
        return new FitOutcome(request, result);
    }

    /// <summary>
    /// Runs a ridge, lasso or elastic-net request: at the given λ, or at λ_min of a cross-validation. The solver
    /// threshold is 1e-18, much tighter than glmnet's default 1e-7, so that the printed digits are converged.
    /// </summary>
    /// <exception cref="CourseStepException">The options do not fit the model or the data (e.g. more folds than rows).</exception>
    public static RegularizedOutcome RunRegularized(FitRequest request, RegularizationRequest regularization)
    {
        regularization.Validate();
        var (y, features, columns) = Read(request);
        var x = DesignMatrix.FromColumns(features, columns);
        var options = new ElasticNetOptions
        {
            Alpha = regularization.Alpha,
            Intercept = request.Intercept,
            Threshold = 1e-18,
        };
        try
        {
            if (regularization.CvFolds is not { } folds)
            {
                return new RegularizedOutcome(request, regularization, ElasticNet.Fit(x, y, regularization.Lambda!.Value, options), null);
            }

            if (folds > y.Length)
            {
                throw new CourseStepException($"--cv {folds} asks for more folds than the {y.Length} rows.");
            }

            var splits =
                regularization.Method == CvMethod.Time
                    ? CrossValidationSplits.TimeOrdered(y.Length, folds)
                    : CrossValidationSplits.KFold(y.Length, folds, regularization.Seed);
            var cv = CrossValidation.ElasticNet(x, y, splits, options);
            return new RegularizedOutcome(request, regularization, cv.FitAtMin, cv);
        }
        catch (ArgumentException e)
        {
            throw new CourseStepException(e.Message.Split(" (Parameter", 2)[0]);
        }
    }

    private static (double[] Y, IReadOnlyList<string> Features, List<double[]> Columns) Read(FitRequest request)
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
            throw new DataFormatException(
                table.Source,
                null,
                null,
                null,
                $"there is no numeric column besides the target '{request.Target}' to use as a feature."
            );
        }

        if (features.Contains(request.Target))
        {
            throw new DataFormatException(table.Source, 1, null, request.Target, "the target cannot also be a feature.");
        }

        return (y, features, features.Select(f => Numeric(table, f, "feature")).ToList());
    }

    private static double[] Numeric(ColumnTable table, string name, string role)
    {
        if (!table.Contains(name))
        {
            throw new DataFormatException(
                table.Source,
                1,
                null,
                name,
                $"the {role} column is not in the header; columns are: {string.Join(", ", table.ColumnNames)}."
            );
        }

        var column = table[name];
        return column.IsNumeric
            ? column.ToDoubles()
            : throw new DataFormatException(
                table.Source,
                1,
                column.SourceColumn + 1,
                name,
                $"the {role} must be numeric, but the column holds text."
            );
    }
}
