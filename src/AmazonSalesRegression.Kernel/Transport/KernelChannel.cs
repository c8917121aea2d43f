namespace AmazonSalesRegression.Kernel.Transport;

/// <summary>The five ZeroMQ sockets of a Jupyter kernel.</summary>
internal enum KernelChannel
{
    /// <summary>Requests from clients, answered in order (ROUTER).</summary>
    Shell,

    /// <summary>Urgent requests (interrupt, shutdown) served even while a cell runs (ROUTER).</summary>
    Control,

    /// <summary>Input requests from the kernel to the client that ran the cell (ROUTER).</summary>
    Stdin,

    /// <summary>Broadcast of status and outputs to every client (PUB).</summary>
    IOPub,

    /// <summary>Echo of heartbeat pings (ROUTER).</summary>
    Heartbeat,
}
