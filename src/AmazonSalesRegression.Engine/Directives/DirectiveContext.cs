namespace AmazonSalesRegression.Engine.Directives;

/// <summary>What a session's directives resolve against.</summary>
/// <param name="BaseDirectory">
/// The folder relative <c>#r "path"</c> directives resolve against; <see langword="null"/> for the process's current
/// directory at the time.
/// </param>
/// <param name="Packages">The packages <c>#r "nuget: …"</c> accepts.</param>
/// <param name="HostAssemblyNames">The simple names of assemblies the host loaded, which a <c>#r "…/Name.dll"</c> resolves to.</param>
internal sealed record DirectiveContext(
    string? BaseDirectory,
    IReadOnlyList<PinnedPackage> Packages,
    IReadOnlyCollection<string> HostAssemblyNames
);
