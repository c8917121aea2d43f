using AmazonSalesRegression.Data.Loading;
using AmazonSalesRegression.Features.Tabular;
using AmazonSalesRegression.Regression;

namespace AmazonSalesRegression.Tests.Data.Loading;

/// <summary>The loaded sales table feeds formulas directly, and formula errors point at lines of the CSV.</summary>
public sealed class SalesTableFormulaTests
{
    private static readonly string SalesPath = CoursePaths.SalesCsv(CoursePaths.FindRoot(AppContext.BaseDirectory));

    [Fact]
    public void A_formula_fits_the_course_data_with_categories_and_flags()
    {
        // Given the course's sales table
        var table = SalesCsv.LoadTable(SalesPath);

        // When a formula with a category, a flag and an interaction is fitted
        var fit = Ols.Fit("units_sold ~ selling_price + C(category) + prime_day + selling_price:prime_day", table);

        // Then every row is used and the columns are named as statsmodels names them, Beauty being the reference level
        Assert.Equal(35_088, fit.Observations);
        Assert.Equal(
            [
                "Intercept",
                "C(category)[T.Books]",
                "C(category)[T.Electronics]",
                "C(category)[T.Home & Kitchen]",
                "C(category)[T.Sports]",
                "C(category)[T.Toys]",
                "selling_price",
                "prime_day",
                "selling_price:prime_day",
            ],
            fit.Names
        );
        Assert.Equal("units_sold", fit.ResponseName);
    }

    [Fact]
    public void The_log_of_zero_units_names_the_line_of_the_first_stock_out_in_the_csv()
    {
        // Given the sales table, whose stock-out days can have zero units
        var table = SalesCsv.LoadTable(SalesPath);
        var firstZero =
            File.ReadLines(SalesPath).Select((line, index) => (line, index)).Skip(1).First(l => l.line.Split(',')[19] == "0").index + 1;

        // When a log model is fitted without filtering them out
        var error = Assert.Throws<DataFormatException>(() => Ols.Fit("log(units_sold) ~ log(selling_price)", table));

        // Then the error names the file, the line of the first zero and the expression
        Assert.Equal(SalesPath, error.Source);
        Assert.Equal(firstZero, error.Line);
        Assert.Equal("log(units_sold)", error.Field);
    }
}
