using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Features.Formulas;

/// <summary>
/// The numbers a regression needs from a formula and data (R's <c>model.matrix</c>, patsy's design matrix): the design columns (column-major) and the response.
/// Build one with <see cref="Build(string, ITabularData)"/>; apply the same transformation to new data with <see cref="Plan"/>.
/// </summary>
public sealed class ModelMatrix
{
    internal ModelMatrix(DesignPlan plan, int rowCount, IReadOnlyList<double[]> columns, double[]? response)
    {
        Plan = plan;
        RowCount = rowCount;
        Columns = columns;
        Response = response;
    }

    /// <summary>The fitted transformation that produced these columns.</summary>
    public DesignPlan Plan { get; }

    /// <summary>Number of rows (observations).</summary>
    public int RowCount { get; }

    /// <summary>Design columns in the order of <see cref="ColumnNames"/>; each array has <see cref="RowCount"/> values.</summary>
    public IReadOnlyList<double[]> Columns { get; }

    /// <summary>Column names, e.g. <c>Intercept</c>, <c>log(price)</c>, <c>C(category)[T.Books]</c>.</summary>
    public IReadOnlyList<string> ColumnNames => Plan.ColumnNames;

    /// <summary>Terms and their column ranges.</summary>
    public IReadOnlyList<DesignTerm> Terms => Plan.Terms;

    /// <summary>The response values, or <see langword="null"/> for a one-sided formula or data without the response.</summary>
    public double[]? Response { get; }

    /// <summary>The response as written, e.g. <c>log(units_sold)</c>.</summary>
    public string? ResponseName => Plan.Formula.Response;

    /// <summary>Whether the first column is the intercept.</summary>
    public bool HasIntercept => Plan.Formula.HasIntercept;

    /// <summary>Parses <paramref name="formula"/>, learns its plan from <paramref name="data"/> and builds the design.</summary>
    public static ModelMatrix Build(string formula, ITabularData data) => Build(Formula.Parse(formula), data);

    /// <summary>Learns the plan of <paramref name="formula"/> from <paramref name="data"/> and builds the design.</summary>
    public static ModelMatrix Build(Formula formula, ITabularData data)
    {
        ArgumentNullException.ThrowIfNull(formula);
        var state = new TransformState();
        var evaluator = new FactorEvaluator(formula.Text, data, state);
        return DesignPlan.Fit(formula, data, state, evaluator).Apply(data, requireResponse: true, evaluator);
    }
}
