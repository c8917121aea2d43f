using AmazonSalesRegression.Regression;
using AmazonSalesRegression.Regression.Summary;
using Xunit.Abstractions;

namespace AmazonSalesRegression.Modeling.Tests.Regression;

public sealed class OlsSummaryTests(ITestOutputHelper output)
{
    [Fact]
    public void Text_summary_has_statsmodels_sections_and_numbers_from_the_fit()
    {
        // Given the heteroscedastic golden data set
        var (names, columns) = OlsGolden.Data("hetero");
        var fit = Ols.Fit(columns.Skip(1).ToArray(), columns[0], names.Skip(1).ToArray());

        // When its summary is printed
        var text = fit.Summary().ToString();
        output.WriteLine(text);

        // Then it shows the header statistics, one row per coefficient and the residual diagnostics, within 78 columns
        Assert.Contains("OLS Regression Results", text);
        Assert.Contains($"R-squared:{fit.RSquared.ToString("F3", System.Globalization.CultureInfo.InvariantCulture), 28}", text);
        Assert.Contains("(Intercept)", text);
        Assert.Contains("Durbin-Watson:", text);
        Assert.Contains("Cond. No.", text);
        Assert.All(text.Split('\n'), line => Assert.True(line.TrimEnd('\r').Length <= 78, line));
        Assert.DoesNotContain("Date:", text);
    }

    [Fact]
    public void Robust_summary_names_the_covariance_and_uses_z()
    {
        // Given a fit
        var (names, columns) = OlsGolden.Data("hetero");
        var fit = Ols.Fit(columns.Skip(1).ToArray(), columns[0], names.Skip(1).ToArray());

        // When the summary uses HC3 standard errors
        var text = fit.Summary(HeteroscedasticityConsistentType.HC3).ToString();

        // Then the header and the table say so, and the F line is the robust Wald test, as statsmodels prints it
        Assert.Contains("Covariance Type:", text);
        Assert.Contains("HC3", text);
        Assert.Contains("P>|z|", text);
        var wald = fit.GetRobustInference(HeteroscedasticityConsistentType.HC3, ReferenceDistribution.Normal).WaldStatistic;
        Assert.NotEqual(SummaryNumbers.General(fit.FStatistic, 4), SummaryNumbers.General(wald, 4));
        Assert.Matches($@"F-statistic:\s+{System.Text.RegularExpressions.Regex.Escape(SummaryNumbers.General(wald, 4))}\r?\n", text);
    }

    [Fact]
    public void Aliased_columns_print_as_NA_and_are_named_in_the_notes()
    {
        // Given a design whose third column is the difference of the first two
        double[] a = [1, 2, 3, 4, 5, 6, 7, 8],
            b = [2, 1, 4, 3, 6, 5, 8, 9];
        var fit = Ols.Fit([a, b, a.Zip(b, (x, y) => x - y).ToArray()], [3.0, 1, 4, 1, 5, 9, 2, 6], ["a", "b", "a_minus_b"]);

        // When it is summarized
        var summary = fit.Summary();

        // Then the aliased column shows NA and a note names it, in text and HTML
        Assert.Contains("a_minus_b", summary.Notes()[1]);
        Assert.Matches(@"a_minus_b\s+NA", summary.ToString());
        Assert.Contains("<td>NA</td>", summary.ToHtml());
    }

    [Fact]
    public void Html_summary_escapes_names()
    {
        // Given a column whose name contains markup
        double[] x = [1, 2, 3, 4, 5, 6];
        var fit = Ols.Fit([x], [1.5, 2.1, 2.9, 4.2, 5.1, 5.8], ["<b>x</b>"]);

        // When the HTML summary is made
        var html = fit.Summary().ToHtml();

        // Then the name is escaped
        Assert.Contains("&lt;b&gt;x&lt;/b&gt;", html);
        Assert.DoesNotContain("<b>x</b>", html);
    }
}
