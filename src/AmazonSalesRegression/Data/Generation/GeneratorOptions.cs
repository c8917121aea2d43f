using System.Globalization;

namespace AmazonSalesRegression.Data.Generation;

/// <summary>Settings of <see cref="SalesDataGenerator"/>. The defaults produce the course data set.</summary>
public sealed record GeneratorOptions
{
    /// <summary>Seed of the course data set.</summary>
    public const ulong DefaultSeed = 20240101;

    /// <summary>Master seed; every random stream is derived from it.</summary>
    public ulong Seed { get; init; } = DefaultSeed;

    /// <summary>First day of the data.</summary>
    public DateOnly StartDate { get; init; } = new(2024, 1, 1);

    /// <summary>Last day of the data (inclusive). The default gives two full years, 731 days.</summary>
    public DateOnly EndDate { get; init; } = new(2025, 12, 31);

    /// <summary>Number of SKUs in each of the six categories (1 to 999).</summary>
    public int SkusPerCategory { get; init; } = 8;

    /// <summary>Number of injected outliers (0 to 100); fewer when there are too few in-stock SKU-days.</summary>
    public int OutlierCount { get; init; } = 8;

    /// <summary>Checks that the options describe a data set that can be generated.</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public void Validate()
    {
        if (EndDate < StartDate)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"EndDate {EndDate:yyyy-MM-dd} is before StartDate {StartDate:yyyy-MM-dd}.")
            );
        }

        if (EndDate.DayNumber - StartDate.DayNumber >= 36_525)
        {
            throw new ArgumentException("The date range may span at most 100 years.");
        }

        if (SkusPerCategory is < 1 or > 999)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"SkusPerCategory must be between 1 and 999, not {SkusPerCategory}.")
            );
        }

        if (OutlierCount is < 0 or > 100)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"OutlierCount must be between 0 and 100, not {OutlierCount}.")
            );
        }
    }
}
