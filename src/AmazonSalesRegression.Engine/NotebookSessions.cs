using AmazonSalesRegression.Engine.Sessions;

namespace AmazonSalesRegression.Engine;

/// <summary>Creates notebook sessions; the entry point for the Jupyter kernel and the headless runner.</summary>
public static class NotebookSessions
{
    /// <summary>
    /// Creates a fresh C# session. Nothing is compiled until the first cell or <see cref="INotebookSession.WarmUpAsync"/>.
    /// The first session of a process also routes <see cref="Console.Out"/>, <see cref="Console.Error"/> and
    /// <see cref="Console.In"/> through cell-aware wrappers (see <see cref="CSharpNotebookSession"/>).
    /// </summary>
    /// <param name="options">Session settings; <see langword="null"/> for <see cref="EngineOptions.Default"/>.</param>
    public static INotebookSession Create(EngineOptions? options = null) => new CSharpNotebookSession(options ?? EngineOptions.Default);
}
