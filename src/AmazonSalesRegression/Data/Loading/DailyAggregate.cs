namespace AmazonSalesRegression.Data.Loading;

/// <summary>How <see cref="DeedleLoader.DailySeries"/> combines the values of one day.</summary>
public enum DailyAggregate
{
    /// <summary>The total, e.g. units sold per day.</summary>
    Sum,

    /// <summary>The arithmetic mean, e.g. average selling price per day.</summary>
    Mean,
}
