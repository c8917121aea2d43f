namespace AmazonSalesRegression.Regression.Selection;

/// <summary>How <see cref="SubsetSelection"/> searches the models of each size.</summary>
public enum SubsetSearch
{
    /// <summary>Every subset of each size (ISLP Algorithm 6.1); at most <see cref="SubsetSelection.MaxBestSubsetCandidates"/> candidates.</summary>
    BestSubset,

    /// <summary>Add, one at a time, the candidate that lowers the RSS most (ISLP Algorithm 6.2).</summary>
    ForwardStepwise,
}
