using System.Text.Json;

namespace AmazonSalesRegression.Kernel.Tests;

public sealed class ConnectionInfoTests
{
    private const string JupyterClientFile = """
        {
          "shell_port": 50001,
          "iopub_port": 50002,
          "stdin_port": 50003,
          "control_port": 50004,
          "hb_port": 50005,
          "ip": "127.0.0.1",
          "key": "a0436f6c-1916-498b-8eb9-e81ab9368e84",
          "transport": "tcp",
          "signature_scheme": "hmac-sha256",
          "kernel_name": "amazon-sales-csharp",
          "jupyter_session": "/home/ada/notebook.ipynb"
        }
        """;

    [Fact]
    public void A_connection_file_written_by_jupyter_client_is_read_with_every_port_and_the_key()
    {
        // Given
        var json = JupyterClientFile;

        // When
        var connection = ConnectionInfo.Parse(json);

        // Then
        Assert.Equal(
            new ConnectionInfo(
                50001,
                50004,
                50003,
                50002,
                50005,
                "127.0.0.1",
                "tcp",
                "a0436f6c-1916-498b-8eb9-e81ab9368e84",
                "hmac-sha256",
                "amazon-sales-csharp"
            ),
            connection
        );
    }

    [Fact]
    public void Tcp_endpoints_join_the_address_and_port()
    {
        // Given
        var connection = ConnectionInfo.Parse(JupyterClientFile);

        // When
        var endpoint = connection.Endpoint(connection.ShellPort);

        // Then
        Assert.Equal("tcp://127.0.0.1:50001", endpoint);
    }

    [Fact]
    public void Ipc_endpoints_join_the_path_and_port_with_a_dash_as_jupyter_does()
    {
        // Given
        var connection = ConnectionInfo.Parse(JupyterClientFile) with
        {
            Transport = "ipc",
            Ip = "/tmp/kernel-7",
        };

        // When
        var endpoint = connection.Endpoint(connection.HbPort);

        // Then
        Assert.Equal("ipc:///tmp/kernel-7-50005", endpoint);
    }

    [Fact]
    public void A_connection_file_without_a_port_is_rejected()
    {
        // Given
        var json = JupyterClientFile.Replace("\"hb_port\": 50005,", "", StringComparison.Ordinal);

        // When
        var error = Record.Exception(() => ConnectionInfo.Parse(json));

        // Then
        Assert.IsType<JsonException>(error);
    }

    [Fact]
    public void An_unknown_transport_is_refused()
    {
        // Given
        var connection = ConnectionInfo.Parse(JupyterClientFile) with
        {
            Transport = "udp",
        };

        // When
        var error = Record.Exception(() => connection.Endpoint(connection.ShellPort));

        // Then
        Assert.IsType<NotSupportedException>(error);
    }

    [Fact]
    public void Load_reads_the_file_at_the_path()
    {
        // Given
        var path = Path.GetTempFileName();
        File.WriteAllText(path, JupyterClientFile);

        // When
        var connection = ConnectionInfo.Load(path);
        File.Delete(path);

        // Then
        Assert.Equal(50003, connection.StdinPort);
    }
}
