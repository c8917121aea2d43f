using NetMQ;
using NetMQ.Sockets;

namespace AmazonSalesRegression.Kernel.Transport;

/// <summary>The kernel's five sockets, bound to the endpoints of a connection file.</summary>
internal sealed class KernelSockets : IDisposable
{
    private static readonly TimeSpan s_linger = TimeSpan.FromMilliseconds(500);

    /// <summary>Creates the sockets and binds each to its port.</summary>
    /// <exception cref="NetMQException">A port is in use or the address is invalid.</exception>
    public KernelSockets(ConnectionInfo connection)
    {
        try
        {
            // A reply or input request to a client that is not (or no longer) connected fails loudly instead of vanishing.
            Shell.Options.RouterMandatory = true;
            Control.Options.RouterMandatory = true;
            Stdin.Options.RouterMandatory = true;
            Bind(Shell, connection.Endpoint(connection.ShellPort));
            Bind(Control, connection.Endpoint(connection.ControlPort));
            Bind(Stdin, connection.Endpoint(connection.StdinPort));
            Bind(IOPub, connection.Endpoint(connection.IopubPort));
            Bind(Heartbeat, connection.Endpoint(connection.HbPort));
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public RouterSocket Shell { get; } = new();

    public RouterSocket Control { get; } = new();

    public RouterSocket Stdin { get; } = new();

    public PublisherSocket IOPub { get; } = new();

    public RouterSocket Heartbeat { get; } = new();

    /// <summary>The socket that sends on <paramref name="channel"/>.</summary>
    public NetMQSocket For(KernelChannel channel) =>
        channel switch
        {
            KernelChannel.Shell => Shell,
            KernelChannel.Control => Control,
            KernelChannel.Stdin => Stdin,
            KernelChannel.IOPub => IOPub,
            KernelChannel.Heartbeat => Heartbeat,
            _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "Unknown channel."),
        };

    public void Dispose()
    {
        Shell.Dispose();
        Control.Dispose();
        Stdin.Dispose();
        IOPub.Dispose();
        Heartbeat.Dispose();
    }

    private static void Bind(NetMQSocket socket, string endpoint)
    {
        socket.Options.Linger = s_linger;
        socket.Bind(endpoint);
    }
}
