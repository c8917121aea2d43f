namespace AmazonSalesRegression.Api.Tests.Publishing;

/// <summary>What a Native AOT publish links with: clang and zlib's headers, from Debian, installed on first use.</summary>
internal static class NativeToolchain
{
    /// <summary>Makes sure clang and zlib1g-dev are there (see <see cref="DebianPackages"/>).</summary>
    public static void Ensure() =>
        DebianPackages.Ensure(
            ["clang", "zlib1g-dev"],
            () => File.Exists("/usr/bin/clang") && File.Exists("/usr/include/zlib.h"),
            "publish the service with Native AOT, which links with clang and zlib"
        );
}
