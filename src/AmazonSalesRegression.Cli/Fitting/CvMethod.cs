namespace AmazonSalesRegression.Cli.Fitting;

/// <summary>How <c>fit --cv K</c> splits the rows.</summary>
internal enum CvMethod
{
    /// <summary>K seeded random folds (<c>--seed</c>).</summary>
    KFold,

    /// <summary>K expanding-window splits in row (time) order.</summary>
    Time,
}
