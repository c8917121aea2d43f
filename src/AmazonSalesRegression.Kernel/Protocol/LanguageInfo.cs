namespace AmazonSalesRegression.Kernel.Protocol;

/// <summary><c>kernel_info_reply.language_info</c>: how front ends highlight, save and export the kernel's code.</summary>
internal sealed record LanguageInfo(
    string Name,
    string Version,
    string Mimetype,
    string FileExtension,
    string PygmentsLexer,
    string CodemirrorMode,
    string NbconvertExporter
);
