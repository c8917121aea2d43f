using AmazonSalesRegression.Teaching;

namespace AmazonSalesRegression.Tests.Teaching;

public sealed class CourseNotebookTests
{
    [Fact]
    public void The_extension_is_looked_for_in_the_same_configuration_and_framework_as_the_library()
    {
        // Given the library as the notebooks reference it
        var root = CoursePaths.FindRoot(AppContext.BaseDirectory);
        var library = Path.Combine(root, "src", "AmazonSalesRegression", "bin", "Release", "net10.0", "AmazonSalesRegression.dll");

        // When
        var extension = CourseNotebook.ExtensionPath(library);

        // Then
        Assert.Equal(
            Path.Combine(
                root,
                "src",
                "AmazonSalesRegression.Interactive",
                "bin",
                "Release",
                "net10.0",
                "AmazonSalesRegression.Interactive.dll"
            ),
            extension
        );
    }

    [Fact]
    public void A_library_outside_the_course_repository_is_reported_as_such()
    {
        // Given
        var library = Path.Combine(Path.GetTempPath(), "bin", "Debug", "net10.0", "AmazonSalesRegression.dll");

        // When
        var error = Assert.Throws<DirectoryNotFoundException>(() => CourseNotebook.ExtensionPath(library));

        // Then
        Assert.Contains("AmazonSalesRegression.sln", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_dotnet_interactive_initializing_loads_nothing()
    {
        // Given a process without .NET Interactive's formatting (this test host)
        var before = AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name).ToHashSet();
        Assert.DoesNotContain("Microsoft.DotNet.Interactive.Formatting", before);

        // When
        CourseNotebook.Initialize();

        // Then
        Assert.DoesNotContain(
            AppDomain.CurrentDomain.GetAssemblies(),
            a => a.GetName().Name == CourseNotebook.ExtensionName || a.GetName().Name == "Microsoft.DotNet.Interactive.Formatting"
        );
    }
}
