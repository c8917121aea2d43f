namespace AmazonSalesRegression.Teaching;

/// <summary>A notebook's self-check found a result that is not what the course expects.</summary>
public sealed class SelfCheckFailedException : Exception
{
    /// <summary>Creates the exception with a message that says what was expected and what was found.</summary>
    public SelfCheckFailedException(string message)
        : base(message) { }

    /// <summary>Creates the exception with no message.</summary>
    public SelfCheckFailedException() { }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public SelfCheckFailedException(string message, Exception innerException)
        : base(message, innerException) { }
}
