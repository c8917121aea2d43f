using AmazonSalesRegression.Kernel.Transport;

namespace AmazonSalesRegression.Kernel.Messaging;

/// <summary>Builds, signs and queues the kernel's messages: replies to a request's sender, iopub broadcasts and stdin requests.</summary>
internal sealed class MessageSender(MessageFactory factory, WireCodec codec, IFrameSink sink)
{
    /// <summary>Answers <paramref name="request"/> on <paramref name="channel"/>, routed back to the identities it came from.</summary>
    public void Reply<T>(JupyterMessage request, KernelChannel channel, string msgType, T content) =>
        sink.Send(channel, codec.Encode(factory.Create(msgType, content, request, request.Wire.Identities)));

    /// <summary>Broadcasts on iopub with <paramref name="parent"/> as parent header (none for unsolicited messages).</summary>
    public void Publish<T>(JupyterMessage? parent, string msgType, T content) =>
        sink.Send(KernelChannel.IOPub, codec.Encode(factory.Create(msgType, content, parent, [factory.Topic(msgType)])));

    /// <summary>A fresh header for a message whose id the caller needs before sending it.</summary>
    public MessageHeader NewHeader(string msgType) => factory.NewHeader(msgType);

    /// <summary>Sends a request with <paramref name="header"/> on stdin, to the client that sent <paramref name="parent"/>.</summary>
    public void RequestOnStdin<T>(JupyterMessage parent, MessageHeader header, T content) =>
        sink.Send(KernelChannel.Stdin, codec.Encode(factory.Create(header, content, parent, parent.Wire.Identities)));
}
