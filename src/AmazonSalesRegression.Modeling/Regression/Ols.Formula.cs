using AmazonSalesRegression.Features.Formulas;
using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Regression;

/// <summary>Fitting from a model formula.</summary>
public static partial class Ols
{
    /// <summary>
    /// Fits a model formula such as <c>log(units_sold) ~ log(selling_price) + C(category) + prime_day</c> to tabular data,
    /// as statsmodels' <c>ols(formula, data).fit()</c>: columns are named as patsy names them and the intercept is <c>Intercept</c>.
    /// </summary>
    /// <param name="formula">The model; see <see cref="Formula"/> for the notation.</param>
    /// <param name="data">Rows with the columns the formula uses.</param>
    /// <param name="options">Confidence level and solver settings.</param>
    /// <returns>The fit, which remembers its <see cref="OlsResult.Plan"/> to predict for new data.</returns>
    /// <exception cref="FormulaException">The formula is malformed or does not fit the data (e.g. a factor with a single level).</exception>
    /// <exception cref="RegressionInputException">Too few rows, a NaN value in a column the formula reads, or a constant response.</exception>
    /// <exception cref="DataFormatException">A value cannot be transformed (e.g. log of 0); the message names the line.</exception>
    public static OlsResult Fit(string formula, ITabularData data, OlsOptions? options = null)
    {
        var parsed = Formula.Parse(formula);
        if (parsed.Response is null)
        {
            throw new FormulaException(formula, 0, "a fit needs a response on the left of '~', e.g. 'units_sold ~ selling_price'");
        }

        var model = ModelMatrix.Build(parsed, data);
        var (names, columns) = model.HasIntercept
            ? (model.ColumnNames.Skip(1).ToList(), model.Columns.Skip(1).ToList())
            : (model.ColumnNames.ToList(), model.Columns.ToList());
        var design = (model.HasIntercept, names.Count) switch
        {
            (true, 0) => DesignMatrix.InterceptOnly(model.RowCount, model.ColumnNames[0]),
            (true, _) => DesignMatrix.FromColumns(names, columns).WithIntercept(model.ColumnNames[0]),
            _ => DesignMatrix.FromColumns(names, columns),
        };

        return Fit(design, model.Response, model.HasIntercept, options) with
        {
            ResponseName = parsed.Response,
            Plan = model.Plan,
        };
    }
}
