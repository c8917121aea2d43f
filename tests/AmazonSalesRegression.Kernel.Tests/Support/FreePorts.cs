using System.Net;
using System.Net.Sockets;

namespace AmazonSalesRegression.Kernel.Tests.Support;

/// <summary>
/// Finds loopback TCP ports that are free right now and were never handed out before in this test run, so that
/// kernels started by test classes running in parallel never race for the same port.
/// </summary>
internal static class FreePorts
{
    private static readonly Lock s_lock = new();
    private static readonly HashSet<int> s_handedOut = [];

    public static int[] Take(int count)
    {
        lock (s_lock)
        {
            var ports = new List<int>(count);
            while (ports.Count < count)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                listener.Stop();
                if (s_handedOut.Add(port))
                {
                    ports.Add(port);
                }
            }

            return [.. ports];
        }
    }
}
