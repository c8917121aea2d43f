namespace AmazonSalesRegression.Business;

/// <summary>The reporting period <see cref="KpiCalculator.ByPeriod"/> groups days into.</summary>
public enum KpiPeriod
{
    /// <summary>ISO weeks, Monday to Sunday, labelled by their Monday (<c>yyyy-MM-dd</c>).</summary>
    Week,

    /// <summary>Calendar months, labelled <c>yyyy-MM</c>.</summary>
    Month,

    /// <summary>Calendar years, labelled <c>yyyy</c>.</summary>
    Year,
}
