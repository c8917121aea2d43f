using Microsoft.CodeAnalysis.CSharp;

namespace AmazonSalesRegression.Engine.Sessions;

/// <summary>
/// Where a session stands after a cell: the compilation the next cell continues, and the submission array its code
/// runs against (slot 0 holds the <see cref="Scripting.CellGlobals"/>, each later slot the object of one compiled cell,
/// whose fields are that cell's variables).
/// </summary>
/// <param name="Compilation">The last cell's script compilation (the chain of earlier ones hangs off it).</param>
/// <param name="Submissions">The submission objects of the cells that ran.</param>
internal sealed record SubmissionState(CSharpCompilation Compilation, object?[] Submissions)
{
    /// <summary>
    /// The state for <paramref name="next"/>, a compilation continuing this one: a copy of the submission array with
    /// one more slot, so a cell that is abandoned or fails never writes into an array an earlier state still uses.
    /// </summary>
    /// <remarks>Roslyn gives each compilation with code the slot after its predecessor's, so one more is always enough.</remarks>
    public SubmissionState Continue(CSharpCompilation next)
    {
        var submissions = new object?[Submissions.Length + 1];
        Submissions.CopyTo(submissions, 0);
        return new SubmissionState(next, submissions);
    }
}
