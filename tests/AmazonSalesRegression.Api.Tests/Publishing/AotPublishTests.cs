namespace AmazonSalesRegression.Api.Tests.Publishing;

[Collection(AotPublishCollection.Name)]
public sealed class AotPublishTests(AotPublish publish)
{
    /// <summary>File and assembly name prefixes of the course's libraries, which the service must not carry.</summary>
    private static readonly string[] CourseOnly =
    [
        "Microsoft.ML",
        "Plotly",
        "Deedle",
        "FSharp.Core",
        "Microsoft.Data.Analysis",
        "Microsoft.CodeAnalysis",
        "NetMQ",
        "Spectre",
    ];

    [Fact]
    public void The_native_aot_publish_succeeds_without_a_single_warning_and_writes_the_native_executable()
    {
        // Given the service published with "dotnet publish -c Release -r linux-x64"
        var lines = publish.Log.Split('\n');

        // When its exit code, log and output folder are read
        var warnings = lines.Where(l => l.Contains("warning", StringComparison.OrdinalIgnoreCase)).ToList();

        // Then it succeeded with no trim, AOT or other warning, and the output holds the executable with no managed assembly
        Assert.True(publish.ExitCode == 0, publish.Log);
        Assert.Empty(warnings);
        Assert.DoesNotContain(lines, l => l.Contains("IL2", StringComparison.Ordinal) || l.Contains("IL3", StringComparison.Ordinal));
        Assert.True(File.Exists(publish.Executable), publish.Log);
        Assert.True(new FileInfo(publish.Executable).Length > 1_000_000);
        Assert.Empty(Directory.GetFiles(publish.Output, "*.dll"));
    }

    [Fact]
    public void The_native_executable_is_compiled_from_the_service_libraries_only_and_carries_none_of_the_course()
    {
        // Given the publish folder and the assemblies the AOT compiler was given
        var files = Directory.GetFiles(publish.Output).Select(Path.GetFileName).ToList();
        var compiled = publish.CompiledAssemblies();

        // When both are searched for the course's libraries
        bool FromTheCourse(string? name) => CourseOnly.Any(p => name!.StartsWith(p, StringComparison.OrdinalIgnoreCase));

        // Then neither holds ML.NET, Plotly, Deedle, FSharp.Core, Microsoft.Data.Analysis, Roslyn, NetMQ or Spectre,
        // and the service's own libraries were compiled in
        Assert.DoesNotContain(files, FromTheCourse);
        Assert.DoesNotContain(compiled, FromTheCourse);
        Assert.DoesNotContain("AmazonSalesRegression.dll", compiled);
        foreach (var library in new[] { "Api", "Scoring", "Modeling", "Numerics" })
        {
            Assert.Contains($"AmazonSalesRegression.{library}.dll", compiled);
        }
    }
}
