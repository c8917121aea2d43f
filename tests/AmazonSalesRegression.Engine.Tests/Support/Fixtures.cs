using System.Runtime.CompilerServices;

namespace AmazonSalesRegression.Engine.Tests.Support;

public static class Fixtures
{
    /// <summary>A file in the <c>Fixtures</c> folder next to the calling test's source file.</summary>
    public static string Path(string name, [CallerFilePath] string caller = "") =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(caller)!, "Fixtures", name);
}
