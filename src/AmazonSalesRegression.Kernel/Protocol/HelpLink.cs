namespace AmazonSalesRegression.Kernel.Protocol;

/// <summary>One entry of <c>kernel_info_reply.help_links</c>, shown in the front end's Help menu.</summary>
/// <param name="Text">The menu text.</param>
/// <param name="Url">The page it opens.</param>
public sealed record HelpLink(string Text, string Url);
