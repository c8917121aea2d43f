using System.Net;
using System.Net.Sockets;

namespace AmazonSalesRegression.TestSupport;

/// <summary>Free ports on the loopback interface.</summary>
public static class LoopbackPort
{
    /// <summary>A port that nothing listens on now.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
