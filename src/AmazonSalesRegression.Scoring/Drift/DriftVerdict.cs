namespace AmazonSalesRegression.Scoring.Drift;

/// <summary>How far a distribution has moved from its reference, by the PSI thresholds 0.1 and 0.25.</summary>
public enum DriftVerdict
{
    /// <summary>Too few observations in the window to judge.</summary>
    InsufficientData,

    /// <summary>PSI below 0.1.</summary>
    Stable,

    /// <summary>PSI from 0.1 to below 0.25: investigate.</summary>
    Moderate,

    /// <summary>PSI 0.25 or more: the model sees data unlike its training data.</summary>
    Significant,
}
