namespace AmazonSalesRegression.Engine.Notebooks;

/// <summary>A notebook file that is not valid nbformat 4 JSON.</summary>
public sealed class NotebookFormatException : Exception
{
    /// <summary>Creates the exception from the list of problems found.</summary>
    public NotebookFormatException(IReadOnlyList<string> problems)
        : base("Invalid notebook: " + string.Join("; ", problems))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception with a single message.</summary>
    public NotebookFormatException(string message)
        : this([message]) { }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public NotebookFormatException(string message, Exception innerException)
        : base("Invalid notebook: " + message, innerException)
    {
        Problems = [message];
    }

    /// <summary>Every problem found, each prefixed with where it is (e.g. <c>cells[3].id</c>).</summary>
    public IReadOnlyList<string> Problems { get; }
}
