using AmazonSalesRegression.Kernel.Messaging;
using AmazonSalesRegression.Kernel.Protocol;

namespace AmazonSalesRegression.Kernel.Handlers;

/// <summary>
/// Answers <c>kernel_info_request</c>. The <c>language_info</c> names the language <c>csharp</c> with the MIME type,
/// lexer and extension that .NET Interactive also used, so notebooks open with C# highlighting in Jupyter and Polyglot Notebooks.
/// </summary>
internal sealed class KernelInfoHandler(KernelOptions options) : IRequestHandler
{
    private readonly KernelInfoReply _reply = new(
        ReplyStatus.Ok,
        MessageFactory.ProtocolVersion,
        JupyterKernel.Name,
        options.ImplementationVersion,
        new LanguageInfo(
            Name: "csharp",
            Version: options.LanguageVersion,
            Mimetype: "text/x-csharp",
            FileExtension: ".cs",
            PygmentsLexer: "csharp",
            CodemirrorMode: "text/x-csharp",
            NbconvertExporter: "script"
        ),
        options.Banner,
        options.HelpLinks,
        Debugger: false
    );

    public string MessageType => MessageTypes.KernelInfoRequest;

    public bool UsesSession => false;

    public Task HandleAsync(RequestContext context)
    {
        context.Reply(MessageTypes.KernelInfoReply, _reply);
        return Task.CompletedTask;
    }
}
