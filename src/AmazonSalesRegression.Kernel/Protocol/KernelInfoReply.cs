namespace AmazonSalesRegression.Kernel.Protocol;

/// <summary>Content of <c>kernel_info_reply</c>; <c>debugger</c> false tells front ends not to send <c>debug_request</c>.</summary>
internal sealed record KernelInfoReply(
    string Status,
    string ProtocolVersion,
    string Implementation,
    string ImplementationVersion,
    LanguageInfo LanguageInfo,
    string Banner,
    IReadOnlyList<HelpLink> HelpLinks,
    bool Debugger
);
