namespace AmazonSalesRegression.Kernel.Handlers;

/// <summary>The kernel's life-cycle operations that a <c>shutdown_request</c> triggers.</summary>
internal interface IKernelLifetime
{
    /// <summary>Whether a restart replaces the session in this process (otherwise the process exits and the client relaunches it).</summary>
    bool RestartsInProcess { get; }

    /// <summary>Aborts queued cells, interrupts the running one and replaces the session with a new one.</summary>
    Task RestartSessionAsync(CancellationToken cancellationToken);

    /// <summary>Asks the kernel to stop once the current request has been answered.</summary>
    void RequestStop();
}
