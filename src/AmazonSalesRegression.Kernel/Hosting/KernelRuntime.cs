using AmazonSalesRegression.Engine;
using AmazonSalesRegression.Kernel.Execution;
using AmazonSalesRegression.Kernel.Handlers;
using AmazonSalesRegression.Kernel.Logging;
using AmazonSalesRegression.Kernel.Messaging;
using AmazonSalesRegression.Kernel.Protocol;
using AmazonSalesRegression.Kernel.Transport;

namespace AmazonSalesRegression.Kernel.Hosting;

/// <summary>
/// One running kernel: the transport, the two request queues and their workers, and the session.
/// Shell requests, and session requests arriving on control, are served one at a time in arrival order;
/// the remaining control requests (interrupt, shutdown, kernel info…) have their own worker so they are
/// answered while a cell runs.
/// </summary>
internal sealed partial class KernelRuntime : IKernelLifetime
{
    private static readonly TimeSpan s_stopWait = TimeSpan.FromSeconds(5);

    private readonly KernelOptions _options;
    private readonly IKernelLogger _logger;
    private readonly WireCodec _codec;
    private readonly InboundDecoder _inbound;
    private readonly KernelTransport _transport;
    private readonly MessageSender _sender;
    private readonly SessionHost _sessions;
    private readonly ExecutionHistory _history = new();
    private readonly StdinBroker _stdin;
    private readonly RequestQueue _shellQueue = new();
    private readonly RequestQueue _controlQueue = new();
    private readonly RequestDispatcher _dispatcher;
    private readonly TaskCompletionSource _stopRequested = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Binds the sockets and wires the handlers; nothing runs until <see cref="RunAsync"/>.</summary>
    public KernelRuntime(ConnectionInfo connection, Func<INotebookSession> sessionFactory, KernelOptions options)
    {
        _options = options;
        _logger = options.Logger;
        _codec = new WireCodec(new MessageSigner(connection.Key, connection.SignatureScheme));
        _inbound = new InboundDecoder(_codec, _logger);
        _sessions = new SessionHost(sessionFactory, _logger);
        _transport = new KernelTransport(connection, OnReceived, _logger);
        _sender = new MessageSender(new MessageFactory(Guid.NewGuid().ToString(), options.Username), _codec, _transport);
        _stdin = new StdinBroker(_sender, _logger);
        _dispatcher = new RequestDispatcher(CreateHandlers(), _sender, _logger);
    }

    public bool RestartsInProcess => !_options.ExitOnRestart;

    public async Task RestartSessionAsync(CancellationToken cancellationToken)
    {
        _logger.Log(KernelLogLevel.Information, "Restarting: a new notebook session replaces the current one.");
        _shellQueue.AbortQueued();
        await _sessions.RestartAsync(cancellationToken).ConfigureAwait(false);
        _history.StartNewSession();
    }

    public void RequestStop() => _stopRequested.TrySetResult();

    private IEnumerable<IRequestHandler> CreateHandlers() =>
        [
            new KernelInfoHandler(_options),
            new ExecuteHandler(_sessions, _history, _stdin, _shellQueue, _logger),
            new CompleteHandler(_sessions),
            new InspectHandler(_sessions),
            new IsCompleteHandler(_sessions),
            new HistoryHandler(_history, _logger),
            new CommInfoHandler(),
            new CommOpenHandler(_logger),
            new IgnoredMessageHandler(MessageTypes.CommMsg, _logger),
            new IgnoredMessageHandler(MessageTypes.CommClose, _logger),
            new InterruptHandler(_sessions, _logger),
            new ShutdownHandler(this),
            new DebugHandler(),
        ];

    private void OnReceived(KernelChannel channel, List<byte[]> frames)
    {
        if (!_inbound.TryDecode(channel, frames, out var message))
        {
            return;
        }

        Route(channel, message);
        _logger.Log(KernelLogLevel.Debug, $"Routed {message.MsgType} {message.Header.MsgId} from {channel}.");
    }

    private void Route(KernelChannel channel, JupyterMessage message)
    {
        switch (channel)
        {
            case KernelChannel.Stdin when message.MsgType == MessageTypes.InputReply:
                _stdin.OnInputReply(message);
                break;
            case KernelChannel.Stdin:
                _logger.Log(KernelLogLevel.Warning, $"Ignored a {message.MsgType} on stdin.");
                break;
            case KernelChannel.Control when !_dispatcher.UsesSession(message.MsgType):
                _controlQueue.Enqueue(message, channel);
                break;
            default:
                _shellQueue.Enqueue(message, channel);
                break;
        }
    }
}
