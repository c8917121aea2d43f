using AmazonSalesRegression.Kernel.Handlers;

namespace AmazonSalesRegression.Kernel.Tests.Fakes;

/// <summary>A kernel lifetime that only counts restart and stop requests.</summary>
internal sealed class FakeKernelLifetime : IKernelLifetime
{
    public int Restarts { get; private set; }

    public int Stops { get; private set; }

    public bool RestartsInProcess => true;

    public Task RestartSessionAsync(CancellationToken cancellationToken)
    {
        Restarts++;
        return Task.CompletedTask;
    }

    public void RequestStop() => Stops++;
}
