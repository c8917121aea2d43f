namespace AmazonSalesRegression.Kernel.Installation;

/// <summary>What the kernelspec location depends on, injectable so that every platform's rule can be tested anywhere.</summary>
/// <param name="Platform">The operating-system family.</param>
/// <param name="HomeDirectory">The user's home directory.</param>
/// <param name="GetVariable">Reads an environment variable (<see langword="null"/> when unset).</param>
public sealed record KernelSpecEnvironment(KernelSpecPlatform Platform, string HomeDirectory, Func<string, string?> GetVariable)
{
    /// <summary>The environment of the current process.</summary>
    public static KernelSpecEnvironment Current { get; } =
        new(
            OperatingSystem.IsWindows() ? KernelSpecPlatform.Windows
                : OperatingSystem.IsMacOS() ? KernelSpecPlatform.MacOS
                : KernelSpecPlatform.Linux,
            Environment.GetFolderPath(Environment.SpecialFolder.UserProfile),
            Environment.GetEnvironmentVariable
        );

    /// <summary>The variable's value, or <see langword="null"/> when it is unset or empty.</summary>
    public string? Variable(string name) => GetVariable(name) is { Length: > 0 } value ? value : null;
}
