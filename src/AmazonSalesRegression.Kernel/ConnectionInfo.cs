using System.Globalization;
using System.Text.Json;
using AmazonSalesRegression.Kernel.Protocol;

namespace AmazonSalesRegression.Kernel;

/// <summary>
/// A Jupyter connection file: where the kernel binds its five sockets and how messages are signed.
/// Jupyter writes it and passes its path to the kernel as <c>{connection_file}</c>.
/// </summary>
/// <param name="ShellPort">Port of the shell (request/reply) socket.</param>
/// <param name="ControlPort">Port of the control socket.</param>
/// <param name="StdinPort">Port of the stdin socket.</param>
/// <param name="IopubPort">Port of the iopub (broadcast) socket.</param>
/// <param name="HbPort">Port of the heartbeat socket.</param>
/// <param name="Ip">The address to bind, e.g. <c>127.0.0.1</c>; for <c>ipc</c> the socket path prefix.</param>
/// <param name="Transport"><c>tcp</c> or <c>ipc</c>.</param>
/// <param name="Key">The HMAC key; empty disables signing.</param>
/// <param name="SignatureScheme">Must be <c>hmac-sha256</c> when a key is set.</param>
/// <param name="KernelName">The kernelspec name Jupyter launched (informational).</param>
public sealed record ConnectionInfo(
    int ShellPort,
    int ControlPort,
    int StdinPort,
    int IopubPort,
    int HbPort,
    string Ip = "127.0.0.1",
    string Transport = "tcp",
    string Key = "",
    string SignatureScheme = "hmac-sha256",
    string KernelName = ""
)
{
    /// <summary>Reads a connection file.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="JsonException">The file is not a connection file (e.g. a port is missing).</exception>
    public static ConnectionInfo Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>Parses the JSON text of a connection file; unknown members are ignored.</summary>
    /// <exception cref="JsonException">The text is not a connection file (e.g. a port is missing).</exception>
    public static ConnectionInfo Parse(string json) =>
        JsonSerializer.Deserialize<ConnectionInfo>(json, ProtocolJson.Options) ?? throw new JsonException("The connection file is empty.");

    /// <summary>The ZeroMQ endpoint of <paramref name="port"/>: <c>tcp://ip:port</c>, or <c>ipc://ip-port</c> for the ipc transport.</summary>
    /// <exception cref="NotSupportedException">The transport is neither <c>tcp</c> nor <c>ipc</c>.</exception>
    public string Endpoint(int port) =>
        Transport switch
        {
            "tcp" => string.Create(CultureInfo.InvariantCulture, $"tcp://{Ip}:{port}"),
            "ipc" => string.Create(CultureInfo.InvariantCulture, $"ipc://{Ip}-{port}"),
            _ => throw new NotSupportedException($"Transport '{Transport}' is not supported; use 'tcp' or 'ipc'."),
        };
}
