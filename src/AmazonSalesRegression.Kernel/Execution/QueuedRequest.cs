using AmazonSalesRegression.Kernel.Messaging;
using AmazonSalesRegression.Kernel.Transport;

namespace AmazonSalesRegression.Kernel.Execution;

/// <summary>A request waiting in a <see cref="RequestQueue"/>: the message, the channel to answer on, its arrival number.</summary>
internal sealed record QueuedRequest(JupyterMessage Request, KernelChannel Channel, long Sequence);
