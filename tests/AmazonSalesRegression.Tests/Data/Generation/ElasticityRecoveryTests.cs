using AmazonSalesRegression.Data;
using AmazonSalesRegression.Data.Generation;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearRegression;

namespace AmazonSalesRegression.Tests.Data.Generation;

/// <summary>
/// The data must let a correctly specified regression recover the truth: per category, OLS of log(units) on the
/// DGP's own regressors (SKU fixed effects, log prices, ad response terms with the true half-saturations, weekday,
/// Fourier, trend, event and rating terms) on in-stock, non-outlier rows with units ≥ 1.
/// </summary>
public sealed class ElasticityRecoveryTests
{
    /// <summary>Largest accepted |estimate − truth| of an elasticity (absolute).</summary>
    private const double Tolerance = 0.1;

    /// <summary>Largest accepted |estimate − truth| in standard errors.</summary>
    private const double MaxStandardErrors = 3.0;

    private static readonly DayOfWeek[] NonReferenceDays =
    [
        DayOfWeek.Tuesday,
        DayOfWeek.Wednesday,
        DayOfWeek.Thursday,
        DayOfWeek.Friday,
        DayOfWeek.Saturday,
        DayOfWeek.Sunday,
    ];

    public static TheoryData<string> Categories() => ["Electronics", "Home & Kitchen", "Books", "Beauty", "Toys", "Sports"];

    [Theory]
    [MemberData(nameof(Categories))]
    public void Log_log_regression_recovers_the_category_elasticity(string category)
    {
        // Given
        var truth = DefaultDataSet.Truth;
        var outliers = truth.Outliers.Select(o => (o.Date, o.Sku)).ToHashSet();
        var rows = DefaultDataSet
            .Records.Where(r => r.Category == category && r.InStock && r.UnitsSold > 0 && !outliers.Contains((r.Date, r.Sku)))
            .ToList();
        var skus = rows.Select(r => r.Sku).Distinct().Order(StringComparer.Ordinal).ToList();

        // When
        var (estimate, standardError) = EstimateElasticity(truth, rows, skus);

        // Then
        var expected = truth.Category(category).Elasticity;
        var error = Math.Abs(estimate - expected);
        Assert.True(
            error <= Tolerance && error <= MaxStandardErrors * standardError,
            $"{category}: estimate {estimate:F4} (SE {standardError:F4}), truth {expected}"
        );
    }

    /// <summary>Fits the model by QR least squares and returns the log-price coefficient and its standard error.</summary>
    private static (double Estimate, double StandardError) EstimateElasticity(GroundTruth truth, List<SalesRecord> rows, List<string> skus)
    {
        var x = Matrix<double>.Build.DenseOfRowArrays(rows.Select(r => Regressors(truth, r, skus)));
        var y = Vector<double>.Build.DenseOfEnumerable(rows.Select(r => Math.Log(r.UnitsSold)));
        var beta = MultipleRegression.QR(x, y);
        var residuals = y - (x * beta);
        var variance = residuals.DotProduct(residuals) / (x.RowCount - x.ColumnCount);
        var covariance = x.TransposeThisAndMultiply(x).Inverse() * variance;
        var priceColumn = skus.Count;
        return (beta[priceColumn], Math.Sqrt(covariance[priceColumn, priceColumn]));
    }

    private static double[] Regressors(GroundTruth truth, SalesRecord r, List<string> skus)
    {
        var values = skus.Select(s => r.Sku == s ? 1.0 : 0.0).ToList();
        var logPrice = Math.Log(r.SellingPrice);
        values.Add(logPrice);
        values.Add(r.PrimeDay ? logPrice : 0.0);
        values.Add(Math.Log(r.CompetitorPrice));
        double[] spend = [r.AdSpendSponsoredProducts, r.AdSpendSponsoredBrands, r.AdSpendDisplay];
        values.AddRange(truth.AdChannels.Select((channel, k) => Math.Log(1.0 + (spend[k] / channel.HalfSaturation))));
        values.AddRange(NonReferenceDays.Select(day => r.Date.DayOfWeek == day ? 1.0 : 0.0));
        var t = (r.Date.DayNumber - truth.Demand.TimeOrigin.DayNumber) / truth.Demand.SeasonalPeriodDays;
        foreach (var term in truth.Demand.Seasonality)
        {
            values.Add(Math.Sin(2.0 * Math.PI * term.Harmonic * t));
            values.Add(Math.Cos(2.0 * Math.PI * term.Harmonic * t));
        }

        values.Add(t);
        values.Add(r.PrimeDay ? 1.0 : 0.0);
        values.Add(r.BlackFridayCyberMonday ? 1.0 : 0.0);
        values.Add(r.HolidaySeason ? 1.0 : 0.0);
        values.Add(r.AverageRating - truth.Demand.RatingCentre);
        return [.. values];
    }
}
