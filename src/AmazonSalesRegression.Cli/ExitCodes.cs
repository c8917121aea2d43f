namespace AmazonSalesRegression.Cli;

/// <summary>Process exit codes of the course CLI.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Success = 0;

    /// <summary>The command failed: bad input data, a failed check or a failed step.</summary>
    public const int Failure = 1;

    /// <summary>The command line itself was invalid.</summary>
    public const int Usage = 2;
}
