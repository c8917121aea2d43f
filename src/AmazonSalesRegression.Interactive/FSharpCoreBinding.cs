using System.Reflection;
using System.Runtime.Loader;

namespace AmazonSalesRegression.Interactive;

/// <summary>
/// A binding redirect for FSharp.Core. .NET Interactive loads its own FSharp.Core (10.0) into the default load context
/// before any notebook code runs, while Plotly.NET 6, Deedle 8 and the course library are built against 10.1; a load
/// context holds one FSharp.Core, so the newer request fails. FSharp.Core keeps its API backwards compatible within a
/// major version, so answering the request with the loaded assembly is safe, as a redirect on .NET Framework would be.
/// </summary>
internal static class FSharpCoreBinding
{
    private const string FSharpCore = "FSharp.Core";
    private static int s_installed;

    /// <summary>Answers failed FSharp.Core loads in the default context with the FSharp.Core it holds. Idempotent.</summary>
    public static void Install()
    {
        if (Interlocked.Exchange(ref s_installed, 1) == 0)
        {
            AssemblyLoadContext.Default.Resolving += Resolve;
        }
    }

    /// <summary>The FSharp.Core already in <paramref name="context"/> of the same major version, when <paramref name="name"/> asks for FSharp.Core.</summary>
    internal static Assembly? Resolve(AssemblyLoadContext context, AssemblyName name) =>
        name.Name == FSharpCore
            ? context.Assemblies.FirstOrDefault(a =>
                a.GetName() is { Name: FSharpCore } loaded && (name.Version is null || loaded.Version?.Major == name.Version.Major)
            )
            : null;
}
