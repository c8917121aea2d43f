namespace AmazonSalesRegression.Data.Streaming;

/// <summary>What a label that reads as NaN is: the in-memory reader makes it missing in a numeric column and keeps it as text in a text column.</summary>
public enum NanLabels
{
    /// <summary>A missing label, as in a column of numbers.</summary>
    Missing,

    /// <summary>A label like any other, as in a column of text.</summary>
    Text,
}
