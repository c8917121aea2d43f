using AmazonSalesRegression.Engine.Directives;

namespace AmazonSalesRegression.Engine.Tests.Directives;

public sealed class PinnedPackagesTests
{
    [Fact]
    public void The_pinned_packages_are_the_ones_cells_reference_with_their_central_versions()
    {
        // When
        var pinned = PinnedPackages.All.Select(p => p.ToString());

        // Then
        Assert.Equal(
            [
                "Deedle 8.1.0",
                "FSharp.Core 10.1.404",
                "MathNet.Numerics 5.0.0",
                "Microsoft.Data.Analysis 0.23.1",
                "Microsoft.ML 5.0.1",
                "Microsoft.ML.FastTree 5.0.1",
                "Plotly.NET 6.0.0",
                "Plotly.NET.CSharp 0.14.0",
            ],
            pinned
        );
    }

    [Fact]
    public void Every_pinned_package_version_matches_the_loaded_assembly_package()
    {
        // Given
        var loaded = new Dictionary<string, Version>
        {
            ["MathNet.Numerics"] = typeof(MathNet.Numerics.Constants).Assembly.GetName().Version!,
            ["Plotly.NET"] = typeof(Plotly.NET.GenericChart).Assembly.GetName().Version!,
        };

        // When
        var majors = loaded.Keys.Select(name => PinnedPackages.Find(name)!.Version.Split('.')[0]);

        // Then
        Assert.Equal(loaded.Values.Select(v => v.Major.ToString(System.Globalization.CultureInfo.InvariantCulture)), majors);
    }

    [Theory]
    [InlineData("5.0.0", "5.0.0", true)]
    [InlineData("5.0", "5.0.0", true)]
    [InlineData("5.0.0.0", "5.0.0", true)]
    [InlineData("05.0.0", "5.0.0", true)]
    [InlineData("5.0.1", "5.0.0", false)]
    [InlineData("5.0.0-beta", "5.0.0", false)]
    public void Versions_compare_after_nuget_normalisation(string left, string right, bool same)
    {
        // When
        var result = PinnedPackages.SameVersion(left, right);

        // Then
        Assert.Equal(same, result);
    }
}
