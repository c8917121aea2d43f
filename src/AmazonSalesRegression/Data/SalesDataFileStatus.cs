namespace AmazonSalesRegression.Data;

/// <summary>How the data files on disk compare with the generator's output.</summary>
public enum SalesDataFileStatus
{
    /// <summary>The CSV does not exist.</summary>
    Missing,

    /// <summary>The CSV and truth JSON are byte-identical to the generator's output.</summary>
    Current,

    /// <summary>The files exist but differ from the generator's output (edited, or made by another seed or version).</summary>
    Different,
}
