namespace AmazonSalesRegression.Kernel.Installation;

/// <summary>Where and under which names <see cref="KernelSpecInstaller"/> installs the kernelspec.</summary>
public sealed record KernelSpecInstallOptions
{
    /// <summary>The kernelspec name: its directory, and the <c>kernelspec.name</c> notebooks record.</summary>
    public string Name { get; init; } = JupyterKernel.Name;

    /// <summary>The name shown in Jupyter's kernel picker.</summary>
    public string DisplayName { get; init; } = "C# (Amazon Sales course)";

    /// <summary>An installation prefix (like <c>jupyter kernelspec install --prefix</c>); <see langword="null"/> for the user's data directory.</summary>
    public string? Prefix { get; init; }

    /// <summary>The platform and environment variables that decide the user's data directory.</summary>
    public KernelSpecEnvironment Environment { get; init; } = KernelSpecEnvironment.Current;
}
