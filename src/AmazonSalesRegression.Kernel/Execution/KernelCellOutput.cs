using AmazonSalesRegression.Engine;
using AmazonSalesRegression.Kernel.Messaging;
using AmazonSalesRegression.Kernel.Protocol;

namespace AmazonSalesRegression.Kernel.Execution;

/// <summary>
/// A running cell's side effects, forwarded as they happen: streams and displays to iopub (nothing when the
/// request is silent), input requests to the stdin channel of the client that ran the cell. Thread-safe.
/// </summary>
internal sealed class KernelCellOutput(MessageSender sender, JupyterMessage request, bool silent, bool allowStdin, StdinBroker stdin)
    : ICellOutput
{
    /// <summary>The client session of the request (one per notebook page), or none for a silent request.</summary>
    public string? FrontEnd => silent ? null : request.Header.Session;

    public void WriteStandardOutput(string text) => PublishStream("stdout", text);

    public void WriteStandardError(string text) => PublishStream("stderr", text);

    public void Display(DisplayData data, string? displayId, bool update)
    {
        if (silent)
        {
            return;
        }

        var msgType = update && displayId is not null ? MessageTypes.UpdateDisplayData : MessageTypes.DisplayData;
        var transient = displayId is null ? null : new DisplayTransient(displayId);
        sender.Publish(request, msgType, new DisplayDataContent(data.Data, data.Metadata, transient));
    }

    public Task<string> ReadInputAsync(string prompt, bool password, CancellationToken cancellationToken) =>
        allowStdin
            ? stdin.RequestAsync(request, prompt, password, cancellationToken)
            : throw new InvalidOperationException("This client does not accept input: the execute request has allow_stdin false.");

    private void PublishStream(string name, string text)
    {
        if (!silent && text.Length > 0)
        {
            sender.Publish(request, MessageTypes.Stream, new StreamOutput(name, text));
        }
    }
}
