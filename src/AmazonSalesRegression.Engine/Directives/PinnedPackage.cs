namespace AmazonSalesRegression.Engine.Directives;

/// <summary>A NuGet package that every cell already references, at the version the host pins.</summary>
/// <param name="Name">The package id, e.g. <c>MathNet.Numerics</c>.</param>
/// <param name="Version">The pinned version, e.g. <c>5.0.0</c>.</param>
public sealed record PinnedPackage(string Name, string Version)
{
    /// <summary><c>Name Version</c>.</summary>
    public override string ToString() => $"{Name} {Version}";
}
