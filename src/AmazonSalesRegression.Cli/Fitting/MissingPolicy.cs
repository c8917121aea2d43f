namespace AmazonSalesRegression.Cli.Fitting;

/// <summary>What <c>fit --missing</c> does with a row that has a missing value (an empty cell or <c>NaN</c>) in a column the model uses (statsmodels' names).</summary>
internal enum MissingPolicy
{
    /// <summary>Leave the row out and report how many rows were dropped and their lines (the default).</summary>
    Drop,

    /// <summary>Stop with an error naming file, line and column of the first missing value.</summary>
    Raise,
}
