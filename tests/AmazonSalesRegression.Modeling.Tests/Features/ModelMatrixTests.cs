using AmazonSalesRegression.Features.Formulas;
using AmazonSalesRegression.Features.Tabular;
using AmazonSalesRegression.Regression;

namespace AmazonSalesRegression.Modeling.Tests.Features;

public sealed class ModelMatrixTests
{
    [Fact]
    public void Log_of_a_zero_names_the_line_the_factor_and_how_many_rows()
    {
        // Given data where two rows have zero units
        var data = new TabularData("sales.csv", 4).Add("units", [3.0, 0, 5, 0]).Add("price", [1.0, 2, 3, 4]);

        // When a log model is built
        var error = Assert.Throws<DataFormatException>(() => ModelMatrix.Build("log(units) ~ price", data));

        // Then the error names the file, the first bad line, the expression and the count, and nothing is dropped
        Assert.Equal("sales.csv", error.Source);
        Assert.Equal(3, error.Line);
        Assert.Equal("log(units)", error.Field);
        Assert.Contains("2 of 4 rows", error.Message);
    }

    [Fact]
    public void An_unknown_column_lists_the_columns_that_exist()
    {
        // Given data without the column the formula names
        var data = new TabularData("sales.csv", 2).Add("units", [1.0, 2]).Add("price", [1.0, 2]);

        // When the design is built
        var error = Assert.Throws<FormulaException>(() => ModelMatrix.Build("units ~ prcie", data));

        // Then the message points at the name and lists the real columns
        Assert.Contains("no column 'prcie'", error.Message);
        Assert.Contains("units, price", error.Message);
        Assert.Equal(8, error.Position);
    }

    [Fact]
    public void A_level_unseen_in_training_is_an_error_on_new_data()
    {
        // Given a plan learned on two categories
        var training = new TabularData("train.csv", 4).Add("y", [1.0, 2, 3, 4]).Add("category", ["Books", "Toys", "Books", "Toys"]);
        var plan = DesignPlan.Fit(Formula.Parse("y ~ C(category)"), training);
        var scoring = new TabularData("request", 1).Add("category", ["Garden"]);

        // When it is applied to data with a new category
        var error = Assert.Throws<DataFormatException>(() => plan.Apply(scoring, requireResponse: false));

        // Then the error names the level and the known ones
        Assert.Contains("unknown level 'Garden'", error.Message);
        Assert.Contains("Books, Toys", error.Message);
    }

    [Fact]
    public void New_data_is_centred_with_the_training_mean()
    {
        // Given a plan that centres x on training data with mean 2
        var training = new TabularData("train.csv", 3).Add("y", [1.0, 2, 3]).Add("x", [1.0, 2, 3]);
        var plan = DesignPlan.Fit(Formula.Parse("y ~ center(x)"), training);

        // When it is applied to a single new row without the response
        var design = plan.Apply(new TabularData("request", 1).Add("x", [10.0]), requireResponse: false);

        // Then the new value is centred on the training mean, and there is no response
        Assert.Equal(8.0, design.Columns[1][0]);
        Assert.Null(design.Response);
    }

    [Fact]
    public void Rows_whose_response_has_no_transform_still_predict()
    {
        // Given a log-response fit and a new row that sold 0 units (log(0) does not exist)
        var training = new TabularData("train.csv", 4).Add("units", [1.0, 2.2, 3.9, 8.1]).Add("x", [0.0, 1, 2, 3]);
        var fit = Ols.Fit("log(units) ~ x", training);
        var scoring = new TabularData("stockout.csv", 1).Add("units", [0.0]).Add("x", [4.0]);

        // When the plan builds the design for prediction, and the fit predicts
        var design = fit.Plan!.Apply(scoring, requireResponse: false);
        var prediction = Assert.Single(fit.Predict(scoring));

        // Then the response is not read, and the prediction is the fitted line at x = 4
        Assert.Null(design.Response);
        Assert.Equal(fit.Coefficients[0].Estimate + 4 * fit.Coefficients[1].Estimate, prediction.Mean, 12);
    }

    [Fact]
    public void Building_a_design_reads_each_column_once()
    {
        // Given data that counts reads, and a formula that uses price three times and the category twice
        var data = new ReadCounter(
            new TabularData("sales.csv", 4)
                .Add("units", [3.0, 5, 4, 6])
                .Add("price", [10.0, 8, 9, 7])
                .Add("category", ["Toys", "Books", "Toys", "Books"])
        );

        // When the plan is learned and the design built in one step
        var design = ModelMatrix.Build("log(units) ~ log(price) + C(category) + C(category):log(price) + center(price)", data);

        // Then every column was read once, however many terms use it
        Assert.Equal(5, design.Columns.Count);
        Assert.Equal(["category=1", "price=1", "units=1"], data.Reads.OrderBy(r => r.Key).Select(r => $"{r.Key}={r.Value}"));
    }

    /// <summary>Data that counts how often each column is read.</summary>
    private sealed class ReadCounter(ITabularData inner) : ITabularData
    {
        public Dictionary<string, int> Reads { get; } = [];

        public string SourceName => inner.SourceName;

        public int RowCount => inner.RowCount;

        public IReadOnlyList<string> ColumnNames => inner.ColumnNames;

        public ColumnKind? KindOf(string column) => inner.KindOf(column);

        public ReadOnlyMemory<double> Numeric(string column) => Count(column, inner.Numeric(column));

        public IReadOnlyList<string> Text(string column) => Count(column, inner.Text(column));

        public ReadOnlyMemory<DateOnly> Dates(string column) => Count(column, inner.Dates(column));

        public int? LineOf(int row) => inner.LineOf(row);

        private T Count<T>(string column, T values)
        {
            Reads[column] = Reads.GetValueOrDefault(column) + 1;
            return values;
        }
    }

    [Fact]
    public void Date_functions_give_weekday_and_month_factors_in_calendar_order()
    {
        // Given dates on a Monday, a Tuesday and a Sunday in two months
        DateOnly[] dates = [new(2025, 1, 6), new(2025, 1, 7), new(2025, 2, 9)];
        var data = new TabularData("d.csv", 3).Add("y", [1.0, 2, 3]).Add("date", dates);

        // When weekday, month and time terms are built
        var design = ModelMatrix.Build("y ~ C(dayofweek(date)) + month(date) + time(date)", data);

        // Then weekdays keep calendar order with Monday as reference, and time counts years from the first day
        Assert.Equal(
            ["Intercept", "C(dayofweek(date))[T.Tue]", "C(dayofweek(date))[T.Sun]", "month(date)[T.Feb]", "time(date)"],
            design.ColumnNames
        );
        Assert.Equal(34 / 365.25, design.Columns[4][2], 15);
    }

    [Fact]
    public void A_reference_level_that_does_not_occur_is_named()
    {
        // Given data with two categories
        var data = new TabularData("d.csv", 2).Add("y", [1.0, 2]).Add("category", ["Books", "Toys"]);

        // When the formula asks for a reference level that does not exist
        var error = Assert.Throws<FormulaException>(() => ModelMatrix.Build("y ~ C(category, Treatment('Garden'))", data));

        // Then the message names it and lists the levels
        Assert.Contains("'Garden' does not occur", error.Message);
        Assert.Contains("Books, Toys", error.Message);
    }

    [Fact]
    public void Terms_report_their_column_ranges_for_tests_on_groups_of_columns()
    {
        // Given a model with a three-level factor
        var data = FormulaFixture.Load();

        // When the design is built
        var design = ModelMatrix.Build("y ~ x + C(category)", data);

        // Then the factor's term spans its two contrast columns
        var term = design.Terms.Single(t => t.Name == "C(category)");
        Assert.Equal((1, 2), (term.FirstColumn, term.ColumnCount));
        Assert.Equal(FactorCoding.Treatment, term.Factors[0].Coding);
    }
}
