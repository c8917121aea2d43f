using AmazonSalesRegression.Kernel.Messaging;
using AmazonSalesRegression.Kernel.Protocol;
using AmazonSalesRegression.Kernel.Transport;

namespace AmazonSalesRegression.Kernel.Handlers;

/// <summary>What a handler gets: the request, the channel to answer on, and the means to answer and publish.</summary>
/// <param name="Request">The request being handled.</param>
/// <param name="Channel">Where the request came from and the reply goes.</param>
/// <param name="Sender">Sends the kernel's messages.</param>
/// <param name="Stopping">Cancelled when the kernel shuts down.</param>
internal sealed record RequestContext(JupyterMessage Request, KernelChannel Channel, MessageSender Sender, CancellationToken Stopping)
{
    /// <summary>The request's content as its record.</summary>
    public T Read<T>() => ProtocolJson.Read<T>(Request.Content);

    /// <summary>Replies to the request's sender on the request's channel.</summary>
    public void Reply<T>(string msgType, T content) => Sender.Reply(Request, Channel, msgType, content);

    /// <summary>Publishes on iopub with the request as parent.</summary>
    public void Publish<T>(string msgType, T content) => Sender.Publish(Request, msgType, content);
}
