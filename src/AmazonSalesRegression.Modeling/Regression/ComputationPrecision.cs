namespace AmazonSalesRegression.Regression;

/// <summary>The arithmetic that produced a <see cref="LeastSquaresSolution"/>.</summary>
public enum ComputationPrecision
{
    /// <summary>Householder QR in double; residuals accumulated in double-double.</summary>
    Double,

    /// <summary>Householder QR in double, then one or more steps of iterative refinement with double-double residuals.</summary>
    DoubleRefined,

    /// <summary>Householder QR, solution and residuals in double-double.</summary>
    DoubleDouble,
}
