namespace AmazonSalesRegression.Kernel.Installation;

/// <summary>The operating-system families whose Jupyter data directories differ.</summary>
public enum KernelSpecPlatform
{
    /// <summary>Linux and other Unix systems: XDG base directories.</summary>
    Linux,

    /// <summary>macOS: <c>~/Library/Jupyter</c>.</summary>
    MacOS,

    /// <summary>Windows: <c>%APPDATA%\jupyter</c>.</summary>
    Windows,
}
