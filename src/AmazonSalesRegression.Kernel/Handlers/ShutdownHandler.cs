using AmazonSalesRegression.Kernel.Protocol;

namespace AmazonSalesRegression.Kernel.Handlers;

/// <summary>
/// Answers <c>shutdown_request</c> (on control, or on shell for old clients). The reply goes to the requester and,
/// as ipykernel does, to iopub as well. Without restart the kernel then stops; with restart it replaces its session
/// in-process before replying, unless configured to exit and be relaunched.
/// </summary>
internal sealed class ShutdownHandler(IKernelLifetime lifetime) : IRequestHandler
{
    public string MessageType => MessageTypes.ShutdownRequest;

    public bool UsesSession => false;

    public async Task HandleAsync(RequestContext context)
    {
        var request = context.Read<ShutdownRequest>();
        var restartHere = request.Restart && lifetime.RestartsInProcess;
        if (restartHere)
        {
            await lifetime.RestartSessionAsync(context.Stopping).ConfigureAwait(false);
        }

        var reply = new ShutdownReply(ReplyStatus.Ok, request.Restart);
        context.Reply(MessageTypes.ShutdownReply, reply);
        context.Publish(MessageTypes.ShutdownReply, reply);
        if (!restartHere)
        {
            lifetime.RequestStop();
        }
    }
}
