using System.Reflection;
using AmazonSalesRegression.Engine.Directives;

[assembly: AssemblyMetadata(PinnedPackages.MetadataKey, "Zeta.Package/2.5.0-beta")]
[assembly: AssemblyMetadata(PinnedPackages.MetadataKey, "Alpha.Package/1.0.0")]

namespace AmazonSalesRegression.Engine.Tests.Directives;

public sealed class PinnedPackagesTests
{
    [Fact]
    public void Packages_stamped_into_an_assembly_are_read_back_ordered_by_name()
    {
        // Given this assembly, stamped with two packages (above)

        // When
        var pinned = PinnedPackages.FromAssemblyMetadata(typeof(PinnedPackagesTests).Assembly);

        // Then
        Assert.Equal([new PinnedPackage("Alpha.Package", "1.0.0"), new PinnedPackage("Zeta.Package", "2.5.0-beta")], pinned);
    }

    [Fact]
    public void A_package_is_found_by_name_in_any_case()
    {
        // Given
        PinnedPackage[] packages = [new("Deedle", "8.1.0"), new("MathNet.Numerics", "5.0.0")];

        // When
        var found = PinnedPackages.Find(packages, "mathnet.numerics");
        var missing = PinnedPackages.Find(packages, "Newtonsoft.Json");

        // Then
        Assert.Equal(new PinnedPackage("MathNet.Numerics", "5.0.0"), found);
        Assert.Null(missing);
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
