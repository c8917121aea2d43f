using AmazonSalesRegression.Kernel.Execution;
using AmazonSalesRegression.Kernel.Handlers;
using AmazonSalesRegression.Kernel.Messaging;
using AmazonSalesRegression.Kernel.Protocol;
using AmazonSalesRegression.Kernel.Tests.Fakes;
using AmazonSalesRegression.Kernel.Transport;

namespace AmazonSalesRegression.Kernel.Tests.Support;

/// <summary>
/// The kernel's receiving path without sockets: frames go through the <see cref="InboundDecoder"/> and, when accepted,
/// straight to a <see cref="RequestDispatcher"/> with the kernel's handlers over a fake session; what the kernel sends
/// is collected. Requests are handled one at a time, as the shell worker does.
/// </summary>
internal sealed class InProcessKernel : IAsyncDisposable
{
    public const string Key = "in-process-property-key";

    private readonly InboundDecoder _decoder;
    private readonly RequestDispatcher _dispatcher;
    private readonly SessionHost _sessions;

    public InProcessKernel()
    {
        var codec = new WireCodec(new MessageSigner(Key));
        _decoder = new InboundDecoder(codec, Log);
        var sender = new MessageSender(new MessageFactory("in-process-kernel", "kernel"), codec, Sink);
        _sessions = new SessionHost(new FakeSessionFactory().Create, Log);
        var history = new ExecutionHistory();
        var options = new KernelOptions { Logger = Log };
        _dispatcher = new RequestDispatcher(
            [
                new KernelInfoHandler(options),
                new ExecuteHandler(_sessions, history, new StdinBroker(sender, Log), new RequestQueue(), Log),
                new CompleteHandler(_sessions),
                new InspectHandler(_sessions),
                new IsCompleteHandler(_sessions),
                new HistoryHandler(history, Log),
                new CommInfoHandler(),
                new CommOpenHandler(Log),
                new IgnoredMessageHandler(MessageTypes.CommMsg, Log),
                new IgnoredMessageHandler(MessageTypes.CommClose, Log),
                new InterruptHandler(_sessions, Log),
                new ShutdownHandler(Lifetime),
                new DebugHandler(),
            ],
            sender,
            Log
        );
    }

    public CollectingLogger Log { get; } = new();

    public CollectingFrameSink Sink { get; } = new();

    public FakeKernelLifetime Lifetime { get; } = new();

    /// <summary>A client's codec with the kernel's key.</summary>
    public static WireCodec ClientCodec { get; } = new(new MessageSigner(Key));

    /// <summary>Receives <paramref name="frames"/> on <paramref name="channel"/>; returns whether they were accepted (and then handled).</summary>
    public async Task<bool> ReceiveAsync(KernelChannel channel, IReadOnlyList<byte[]> frames)
    {
        if (!_decoder.TryDecode(channel, frames, out var message))
        {
            return false;
        }

        await _dispatcher.DispatchAsync(new QueuedRequest(message, channel, 0), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        return true;
    }

    /// <summary>The message types of what was sent on <paramref name="channel"/>, decoded with the client's codec.</summary>
    public IReadOnlyList<string> SentTypes(KernelChannel channel) =>
        [
            .. Sink.Sent.Where(s => s.Channel == channel)
                .Select(s => ClientCodec.TryDecode(s.Frames, out var wire, out _) ? JupyterMessage.Parse(wire!).MsgType : "<undecodable>"),
        ];

    public ValueTask DisposeAsync() => _sessions.DisposeAsync();
}
