using System.Collections.Concurrent;
using AmazonSalesRegression.Engine;

namespace AmazonSalesRegression.Kernel.Tests.Fakes;

/// <summary>Creates <see cref="FakeNotebookSession"/>s and remembers them, oldest first.</summary>
internal sealed class FakeSessionFactory
{
    private readonly ConcurrentQueue<FakeNotebookSession> _created = new();

    public IReadOnlyList<FakeNotebookSession> Created => [.. _created];

    public FakeNotebookSession Latest => Created[^1];

    public INotebookSession Create()
    {
        var session = new FakeNotebookSession();
        _created.Enqueue(session);
        return session;
    }
}
