using System.Reflection;
using System.Runtime.Loader;
using Microsoft.FSharp.Collections;

namespace AmazonSalesRegression.Interactive.Tests;

public sealed class FSharpCoreBindingTests
{
    private static readonly Assembly Loaded = typeof(FSharpList<int>).Assembly;

    [Fact]
    public void A_newer_fsharp_core_of_the_same_major_version_binds_to_the_loaded_one()
    {
        // Given a request for a later minor version than the loaded FSharp.Core
        var loaded = Loaded.GetName().Version!;
        var request = new AssemblyName("FSharp.Core") { Version = new Version(loaded.Major, loaded.Minor + 1, 0, 0) };

        // When
        var resolved = FSharpCoreBinding.Resolve(AssemblyLoadContext.Default, request);

        // Then
        Assert.Same(Loaded, resolved);
    }

    [Fact]
    public void Another_major_version_or_another_assembly_is_left_to_the_runtime()
    {
        // Given
        var nextMajor = new AssemblyName("FSharp.Core") { Version = new Version(Loaded.GetName().Version!.Major + 1, 0, 0, 0) };
        var other = new AssemblyName("Plotly.NET") { Version = new Version(6, 0, 0, 0) };

        // When
        var forNextMajor = FSharpCoreBinding.Resolve(AssemblyLoadContext.Default, nextMajor);
        var forOther = FSharpCoreBinding.Resolve(AssemblyLoadContext.Default, other);

        // Then
        Assert.Null(forNextMajor);
        Assert.Null(forOther);
    }
}
