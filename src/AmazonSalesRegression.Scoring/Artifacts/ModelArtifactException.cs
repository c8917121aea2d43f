namespace AmazonSalesRegression.Scoring.Artifacts;

/// <summary>A model artifact cannot be used: unreadable, malformed, of an unknown schema, incomplete or altered.</summary>
public sealed class ModelArtifactException : Exception
{
    /// <summary>Creates the exception; the message reads <c>FILE: FIELD: PROBLEM</c>.</summary>
    /// <param name="file">The artifact's path.</param>
    /// <param name="field">The JSON path of the offending field (e.g. <c>$.content.interval</c>), or null for the whole file.</param>
    /// <param name="problem">What is wrong, in one sentence.</param>
    public ModelArtifactException(string file, string? field, string problem)
        : base(field is null ? $"{file}: {problem}" : $"{file}: {field}: {problem}")
    {
        File = file;
        Field = field;
        Problem = problem;
    }

    /// <summary>The artifact's path.</summary>
    public string File { get; }

    /// <summary>The JSON path of the offending field, or null.</summary>
    public string? Field { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }
}
