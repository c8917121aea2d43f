using System.Globalization;
using AmazonSalesRegression.Regression;
using AmazonSalesRegression.Regression.Validation;
using Xunit.Abstractions;

namespace AmazonSalesRegression.Modeling.Tests.Regression;

/// <summary>
/// Accuracy on the eleven NIST StRD linear regression data sets: every estimate, every standard error, the
/// residual standard deviation and R² must carry at least 10 correct significant digits (LRE ≥ 10; absolute
/// error ≤ 1e-10 where the certified value is 0, as for the exact fits Wampler1 and Wampler2).
/// </summary>
public sealed class NistStrdTests(ITestOutputHelper output)
{
    private const double RequiredDigits = 10.0;

    public static TheoryData<string> DataSets =>
        ["Norris", "Pontius", "NoInt1", "NoInt2", "Filip", "Longley", "Wampler1", "Wampler2", "Wampler3", "Wampler4", "Wampler5"];

    public static TheoryData<string> WellConditioned => ["Norris", "Pontius", "NoInt1", "NoInt2"];

    [Theory]
    [MemberData(nameof(DataSets))]
    public void Certified_values_are_reproduced_to_at_least_ten_significant_digits(string name)
    {
        // Given
        var data = NistDesigns.Load(name);
        var (design, intercept) = NistDesigns.Build(data);

        // When
        var fit = Ols.Fit(design, data.Response.ToArray(), intercept);

        // Then
        AssertAccurate(name, data, fit);
    }

    [Theory]
    [MemberData(nameof(WellConditioned))]
    public void The_double_precision_path_alone_reaches_ten_digits_on_well_conditioned_sets(string name)
    {
        // Given
        var data = NistDesigns.Load(name);
        var (design, intercept) = NistDesigns.Build(data);
        var options = new OlsOptions { Solver = new LeastSquaresOptions { Precision = PrecisionPolicy.Double } };

        // When
        var fit = Ols.Fit(design, data.Response.ToArray(), intercept, options);

        // Then
        Assert.NotEqual(ComputationPrecision.DoubleDouble, fit.Solution.Precision);
        AssertAccurate(name, data, fit);
    }

    private void AssertAccurate(string name, NistStrdDataset data, OlsResult fit)
    {
        var scores = new List<(string What, double Lre)>();
        for (var j = 0; j < data.Parameters.Count; j++)
        {
            var certified = data.Parameters[j];
            var coefficient = fit.Coefficients[j];
            scores.Add(($"{certified.Name} estimate", LogRelativeError.Compute(coefficient.Estimate, certified.Estimate)));
            scores.Add(($"{certified.Name} std. error", LogRelativeError.Compute(coefficient.StandardError, certified.StandardDeviation)));
        }

        scores.Add(("residual SD", LogRelativeError.Compute(fit.ResidualStandardError, data.ResidualStandardDeviation)));
        scores.Add(("R-squared", LogRelativeError.Compute(fit.RSquared, data.RSquared)));
        var worst = scores.MinBy(s => s.Lre);
        output.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{name}: minimum LRE {worst.Lre:F1} ({worst.What}); precision {fit.Solution.Precision}, condition {fit.Solution.ConditionNumber:G3}"
            )
        );
        Assert.Empty(fit.AliasedColumns);
        Assert.All(scores, s => Assert.True(s.Lre >= RequiredDigits, $"{name} {s.What}: LRE {s.Lre:F2} < {RequiredDigits}"));
    }
}
