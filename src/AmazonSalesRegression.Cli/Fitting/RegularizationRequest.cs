using System.Globalization;
using AmazonSalesRegression.Regression.Regularization;

namespace AmazonSalesRegression.Cli.Fitting;

/// <summary>The regularization part of a <c>fit</c> request.</summary>
/// <param name="Model">The model.</param>
/// <param name="Lambda">The penalty λ (<c>--lambda</c>), or null.</param>
/// <param name="L1Ratio">The mixing parameter α (<c>--l1-ratio</c>), or null.</param>
/// <param name="CvFolds">Number of CV folds or splits (<c>--cv</c>), or null.</param>
/// <param name="Method">How CV splits the rows.</param>
/// <param name="Seed">Seed of the k-fold assignment.</param>
internal sealed record RegularizationRequest(FitModel Model, double? Lambda, double? L1Ratio, int? CvFolds, CvMethod Method, int Seed)
{
    /// <summary>The l1-ratio (glmnet's α) the model implies: 0 for ridge, 1 for the lasso, the given one (default 0.5) for the elastic net.</summary>
    public double ImpliedL1Ratio =>
        Model switch
        {
            FitModel.Ridge => 0.0,
            FitModel.Lasso => 1.0,
            _ => L1Ratio ?? 0.5,
        };

    /// <summary>The name written to the output.</summary>
    public string ModelName => Model.ToString().ToLowerInvariant();

    /// <summary>
    /// The elastic-net settings of both the in-memory and the streaming path: this l1-ratio, the intercept or not, and a solver
    /// threshold of 1e-18, much tighter than glmnet's default 1e-7, so that the printed digits are converged.
    /// </summary>
    /// <param name="intercept">Whether an (unpenalized) intercept is fitted.</param>
    public ElasticNetOptions Options(bool intercept) =>
        new()
        {
            L1Ratio = ImpliedL1Ratio,
            Intercept = intercept,
            Threshold = 1e-18,
        };

    /// <summary>Checks the combination of options; the message says what to change.</summary>
    /// <exception cref="CourseStepException">An option does not fit the model or is out of range.</exception>
    public void Validate()
    {
        if (Model == FitModel.Ols)
        {
            if (Lambda is not null || L1Ratio is not null || CvFolds is not null)
            {
                throw new CourseStepException(
                    "--lambda, --l1-ratio and --cv need a regularized model: add --model ridge, lasso or elasticnet."
                );
            }

            return;
        }

        if (L1Ratio is { } ratio && (Model != FitModel.ElasticNet || !(ratio >= 0 && ratio <= 1)))
        {
            throw new CourseStepException(
                Model != FitModel.ElasticNet
                    ? $"--l1-ratio is fixed by --model {ModelName}; use --model elasticnet to choose it."
                    : $"--l1-ratio must be between 0 and 1; got {ratio.ToString(CultureInfo.InvariantCulture)}."
            );
        }

        if (Lambda is { } lambda && !(lambda >= 0 && double.IsFinite(lambda)))
        {
            throw new CourseStepException($"--lambda must be a finite number ≥ 0; got {lambda.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (Lambda is null == CvFolds is null)
        {
            throw new CourseStepException(
                $"--model {ModelName} needs exactly one of --lambda L (a fixed penalty) or --cv K (choose λ by cross-validation)."
            );
        }

        if (CvFolds is < 2)
        {
            throw new CourseStepException($"--cv must be at least 2; got {CvFolds}.");
        }
    }
}
