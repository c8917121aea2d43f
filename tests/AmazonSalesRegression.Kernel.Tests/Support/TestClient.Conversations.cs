using System.Text.Json.Nodes;
using AmazonSalesRegression.Kernel.Messaging;
using AmazonSalesRegression.Kernel.Protocol;
using AmazonSalesRegression.Kernel.Transport;

namespace AmazonSalesRegression.Kernel.Tests.Support;

/// <summary>Request/reply conversations built on <see cref="Send"/> and <see cref="Receive"/>.</summary>
internal sealed partial class TestClient
{
    /// <summary>
    /// Repeats <c>kernel_info_request</c> until iopub delivers its status messages, as jupyter_client does,
    /// so that no broadcast is lost to the subscription still being set up; leaves iopub drained.
    /// </summary>
    public void WaitForKernel()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var id = Send(KernelChannel.Shell, MessageTypes.KernelInfoRequest, []);
            ReplyTo(KernelChannel.Shell, id);
            try
            {
                IOPubFor(id, TimeSpan.FromMilliseconds(200));
                return;
            }
            catch (TimeoutException)
            {
                // The subscription was not ready yet: try again.
            }
        }

        throw new TimeoutException("The kernel's iopub never delivered a message.");
    }

    /// <summary>The next message on <paramref name="channel"/>, which must be a reply to <paramref name="requestId"/>.</summary>
    public JupyterMessage ReplyTo(KernelChannel channel, string requestId)
    {
        var reply = Receive(channel);
        Assert.Equal(requestId, ParentId(reply));
        return reply;
    }

    /// <summary>
    /// The iopub messages caused by <paramref name="requestId"/>, from its <c>busy</c> up to and including its <c>idle</c>;
    /// messages caused by other requests are skipped.
    /// </summary>
    public IReadOnlyList<JupyterMessage> IOPubFor(string requestId, TimeSpan? timeout = null)
    {
        var collected = new List<JupyterMessage>();
        while (true)
        {
            var message = Receive(KernelChannel.IOPub, timeout);
            if (ParentId(message) != requestId)
            {
                continue;
            }

            collected.Add(message);
            if (message.MsgType == MessageTypes.Status && message.Content["execution_state"]?.GetValue<string>() == "idle")
            {
                return collected;
            }
        }
    }

    /// <summary>Runs a cell: returns the <c>execute_reply</c> and the iopub messages it caused.</summary>
    public (JupyterMessage Reply, IReadOnlyList<JupyterMessage> IOPub) Execute(string code, JsonObject? overrides = null)
    {
        var id = SendExecute(code, overrides);
        var reply = ReplyTo(KernelChannel.Shell, id);
        return (reply, IOPubFor(id));
    }

    /// <summary>Sends an <c>execute_request</c> without waiting; returns its id.</summary>
    public string SendExecute(string code, JsonObject? overrides = null)
    {
        var content = new JsonObject
        {
            ["code"] = code,
            ["silent"] = false,
            ["store_history"] = true,
            ["user_expressions"] = new JsonObject(),
            ["allow_stdin"] = true,
            ["stop_on_error"] = true,
        };
        foreach (var (name, value) in overrides ?? [])
        {
            content[name] = value?.DeepClone();
        }

        return Send(KernelChannel.Shell, MessageTypes.ExecuteRequest, content);
    }

    /// <summary>Sends a request on <paramref name="channel"/> and returns its reply.</summary>
    public JupyterMessage Request(KernelChannel channel, string msgType, JsonObject content)
    {
        var id = Send(channel, msgType, content);
        return ReplyTo(channel, id);
    }

    public static string? ParentId(JupyterMessage message) => message.ParentHeader["msg_id"]?.GetValue<string>();

    /// <summary>The <c>msg_type</c>s of <paramref name="messages"/>, with each status written as <c>status:state</c>.</summary>
    public static string[] Types(IEnumerable<JupyterMessage> messages) =>
        messages.Select(m => m.MsgType == MessageTypes.Status ? $"status:{m.Content["execution_state"]}" : m.MsgType).ToArray();
}
