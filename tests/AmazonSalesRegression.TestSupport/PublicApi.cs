using System.Reflection;
using PublicApiGenerator;

namespace AmazonSalesRegression.TestSupport;

/// <summary>
/// Public-API snapshots: an assembly's public surface as C# declarations (PublicApiGenerator), compared with the approved
/// text committed in the test project's <c>PublicApi</c> folder, so that every change to what a layer offers shows up
/// in review as a change to that file.
/// </summary>
public static class PublicApi
{
    /// <summary>Set to <c>1</c> to write the current surface as the approved one instead of comparing.</summary>
    public const string AcceptVariable = "ACCEPT_PUBLIC_API";

    /// <summary>
    /// Asserts that <paramref name="assembly"/>'s public API equals <c>tests/<paramref name="testProject"/>/PublicApi/Name.approved.txt</c>;
    /// on a difference writes <c>Name.received.txt</c> beside it and fails with what to do.
    /// </summary>
    /// <param name="assembly">The production assembly.</param>
    /// <param name="testProject">The folder of the test project that owns the snapshot.</param>
    public static void AssertMatchesApproved(Assembly assembly, string testProject)
    {
        var name = assembly.GetName().Name;
        var folder = Repository.Path("tests", testProject, "PublicApi");
        var approvedPath = Path.Combine(folder, name + ".approved.txt");
        var receivedPath = Path.Combine(folder, name + ".received.txt");
        var actual = Normalize(assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }));

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(approvedPath, actual);
            File.Delete(receivedPath);
            return;
        }

        var approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath)) : string.Empty;
        if (approved == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        Xunit.Assert.Fail(
            $"The public API of {name} changed. Compare {receivedPath} with {approvedPath}; if the change is intended, "
                + $"replace the approved file with the received one (or run the tests with {AcceptVariable}=1)."
        );
    }

    private static string Normalize(string text) => text.ReplaceLineEndings("\n").TrimEnd() + "\n";
}
