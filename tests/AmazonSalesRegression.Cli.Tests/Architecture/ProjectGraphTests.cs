namespace AmazonSalesRegression.Cli.Tests.Architecture;

/// <summary>
/// The layering of docs/architecture.md, enforced: each production project has a place in one of the two stacks, and
/// every project reference points to a lower place (never up, never sideways, never into the other stack where the
/// table does not allow it).
/// </summary>
public sealed class ProjectGraphTests
{
    private const string Course = "AmazonSalesRegression";

    // The place of each project: its stack and its height in it. The CLI and the .NET Interactive extension sit on
    // both stacks.
    private static readonly Dictionary<string, (string Stack, int Height)> s_layers = new(StringComparer.Ordinal)
    {
        ["AmazonSalesRegression.Numerics"] = ("course", 0),
        ["AmazonSalesRegression.Modeling"] = ("course", 1),
        ["AmazonSalesRegression.Scoring"] = ("course", 2),
        [Course] = ("course", 3),
        ["AmazonSalesRegression.Api"] = ("course", 3),
        ["AmazonSalesRegression.Engine"] = ("notebook", 0),
        ["AmazonSalesRegression.Kernel"] = ("notebook", 1),
        ["AmazonSalesRegression.Interactive"] = ("both", 4),
        ["AmazonSalesRegression.Cli"] = ("both", 5),
    };

    [Fact]
    public void Every_production_project_has_a_place_in_the_layers()
    {
        // Given the projects under src/ / When each is looked up / Then none is missing from the table (a new project
        // must be placed, and docs/architecture.md told)
        Assert.Equal(s_layers.Keys.Order(StringComparer.Ordinal), ProjectGraph.References.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_project_reference_points_down()
    {
        // Given every project reference in src/
        var wrong = new List<string>();
        foreach (var (project, references) in ProjectGraph.References)
        {
            foreach (var reference in references)
            {
                // When the two places are compared / Then the reference goes to a lower place of the same stack, or
                // from a project on both stacks to a lower one
                var (fromStack, fromHeight) = s_layers[project];
                var (toStack, toHeight) = s_layers[reference];
                var stackAllows = fromStack == "both" || fromStack == toStack;
                if (!stackAllows || toHeight >= fromHeight)
                {
                    wrong.Add($"{project} → {reference}");
                }
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void The_service_depends_on_the_scoring_layer_and_nothing_of_the_course_or_the_notebooks()
    {
        // Given the service's project closure / When it is listed / Then it is Scoring and what Scoring stands on
        Assert.Equal(
            ["AmazonSalesRegression.Modeling", "AmazonSalesRegression.Numerics", "AmazonSalesRegression.Scoring"],
            ProjectGraph.Closure("AmazonSalesRegression.Api").Order(StringComparer.Ordinal)
        );
    }

    [Fact]
    public void The_notebook_engine_and_kernel_reference_no_course_project()
    {
        // Given the engine's and the kernel's closures / Then neither contains a course-stack project
        foreach (var project in new[] { "AmazonSalesRegression.Engine", "AmazonSalesRegression.Kernel" })
        {
            Assert.DoesNotContain(ProjectGraph.Closure(project), reference => s_layers[reference].Stack == "course");
        }
    }

    [Fact]
    public void The_numerics_layer_takes_no_package()
    {
        // Given the bottom layer's project file / Then it references only the base class library
        Assert.Empty(ProjectGraph.PackagesOf("AmazonSalesRegression.Numerics"));
    }

    [Fact]
    public void The_engine_source_names_nothing_of_the_course()
    {
        // Given every C# file of the engine
        var courseNamespaces = new[]
        {
            "AmazonSalesRegression.Data",
            "AmazonSalesRegression.Features",
            "AmazonSalesRegression.Regression",
            "AmazonSalesRegression.Evaluation",
            "AmazonSalesRegression.Resampling",
            "AmazonSalesRegression.Business",
            "AmazonSalesRegression.Baselines",
            "AmazonSalesRegression.Training",
            "AmazonSalesRegression.Scoring",
            "AmazonSalesRegression.Visualization",
            "AmazonSalesRegression.Reporting",
            "AmazonSalesRegression.Teaching",
            "AmazonSalesRegression.Numerics",
            "CoursePaths",
            "AmazonSalesRegression.sln",
        };

        // When their text is searched / Then no course namespace, type or marker file appears, nor the word "course"
        var hits = Directory
            .GetFiles(Repository.Path("src", "AmazonSalesRegression.Engine"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path =>
                courseNamespaces
                    .Append("course")
                    .Where(name => File.ReadAllText(path).Contains(name, StringComparison.OrdinalIgnoreCase))
                    .Select(name => $"{path}: {name}")
            )
            .ToList();
        Assert.Empty(hits);
    }
}
