using AmazonSalesRegression.Features.Formulas;
using AmazonSalesRegression.Features.Tabular;
using AmazonSalesRegression.Regression;
using AmazonSalesRegression.Regression.Regularization;

namespace AmazonSalesRegression.Cli.Fitting;

/// <summary>Reads the CSV, checks the requested columns and fits the model.</summary>
internal static class FitRunner
{
    /// <summary>
    /// Runs an OLS <see cref="FitRequest"/>: target and features, or a formula, with the requested covariance; in memory,
    /// or by streaming the file when <see cref="FitStreaming.Applies"/>.
    /// </summary>
    /// <exception cref="DataFormatException">The file or a used column is not usable; the message names file, line and column.</exception>
    /// <exception cref="FormulaException">The formula is malformed or does not fit the data.</exception>
    /// <exception cref="RegressionInputException">Too few rows for the coefficients, or a constant response.</exception>
    public static FitOutcome Run(FitRequest request)
    {
        if (FitStreaming.Applies(request))
        {
            return FitStreaming.Run(request);
        }

        var formula = request.Formula is { } text ? Formula.Parse(text) : null;
        var data = FitData.Prepare(request, formula);
        var result = formula is not null
            ? Ols.Fit(formula.Text, data.Table)
            : Ols.Fit(
                [.. data.Features.Select(f => data.Table.Numeric(f).ToArray())],
                data.Table.Numeric(request.Target!).ToArray(),
                data.Features,
                request.Intercept
            ) with
            {
                ResponseName = request.Target!,
            };
        return new FitOutcome(
            request,
            data.Dropped,
            data.Features,
            data.DefaultFeatures,
            result.HasIntercept,
            FitInference.Of(result, request, data.Table)
        );
    }

    /// <summary>
    /// Runs a ridge, lasso or elastic-net request (target and features, or a formula's design without its intercept
    /// column): at the given λ, or at λ_min of a cross-validation (see <see cref="RegularizationRequest.Options"/>); by
    /// streaming the file's moment sums when <see cref="FitStreaming.Applies"/> (with an intercept, unless --stream asks).
    /// </summary>
    /// <exception cref="CourseStepException">The options do not fit the model or the data (e.g. more folds than rows).</exception>
    public static RegularizedOutcome RunRegularized(FitRequest request, RegularizationRequest regularization)
    {
        regularization.Validate();
        if (FitStreaming.Applies(request) && (request.Stream || request.Intercept))
        {
            return FitStreaming.RunRegularized(request, regularization);
        }

        var formula = request.Formula is { } text ? Formula.Parse(text) : null;
        var data = FitData.Prepare(request, formula);
        var (x, y, intercept) = formula is null ? Columns(request, data) : Design(formula, data);
        var options = regularization.Options(intercept);
        try
        {
            if (regularization.CvFolds is not { } folds)
            {
                return new RegularizedOutcome(
                    request,
                    regularization,
                    ElasticNet.Fit(x, y, regularization.Lambda!.Value, options),
                    null,
                    data.Dropped
                );
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
            return new RegularizedOutcome(request, regularization, cv.FitAtMin, cv, data.Dropped);
        }
        catch (ArgumentException e)
        {
            throw new CourseStepException(e.Message.Split(" (Parameter", 2)[0]);
        }
    }

    private static (DesignMatrix X, double[] Y, bool Intercept) Columns(FitRequest request, PreparedData data) =>
        (
            DesignMatrix.FromColumns(data.Features, [.. data.Features.Select(f => data.Table.Numeric(f).ToArray())]),
            data.Table.Numeric(request.Target!).ToArray(),
            request.Intercept
        );

    // The formula's design without its intercept column: the elastic net fits (and does not penalize) its own intercept.
    private static (DesignMatrix X, double[] Y, bool Intercept) Design(Formula formula, PreparedData data)
    {
        var model = ModelMatrix.Build(formula, data.Table);
        var skip = model.HasIntercept ? 1 : 0;
        return model.ColumnNames.Count == skip
            ? throw new FormulaException(formula.Text, 0, "a regularized model needs at least one term besides the intercept")
            : (
                DesignMatrix.FromColumns([.. model.ColumnNames.Skip(skip)], [.. model.Columns.Skip(skip)]),
                model.Response!,
                model.HasIntercept
            );
    }
}
