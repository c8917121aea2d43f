namespace AmazonSalesRegression.Cli.Fitting;

/// <summary>How <c>fit</c> prints its result.</summary>
internal enum FitOutputFormat
{
    /// <summary>A statsmodels-style text summary.</summary>
    Text,

    /// <summary>A JSON document with fixed field names, numbers round-trip exact.</summary>
    Json,
}
