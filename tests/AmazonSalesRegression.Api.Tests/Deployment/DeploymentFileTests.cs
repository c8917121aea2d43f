using YamlDotNet.RepresentationModel;

namespace AmazonSalesRegression.Api.Tests.Deployment;

public sealed class DeploymentFileTests
{
    /// <summary>The native executable the build stage publishes into /app and the runtime stage copies.</summary>
    private const string Executable = "/app/AmazonSalesRegression.Api";

    [Fact]
    public void The_dockerfile_builds_the_service_in_one_stage_and_runs_it_with_the_lambda_adapter_in_another()
    {
        // Given the Dockerfile's instructions
        var lines = DeployFiles.DockerInstructions();

        // When its stages, copies and settings are read
        var stages = lines.Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)).ToList();
        var published = lines.Single(l => l.StartsWith("RUN dotnet publish", StringComparison.Ordinal)).Split(' ')[3];
        var modelCopy = lines.Single(l => l.StartsWith("COPY models/", StringComparison.Ordinal)).Split(' ');

        // Then the SDK stage publishes the service project that exists, the runtime stage carries the adapter extension,
        // the committed model lands in MODEL_DIR, port 8080 is used everywhere and the entry point is the service
        Assert.Contains(
            stages,
            s =>
                s.StartsWith("FROM mcr.microsoft.com/dotnet/sdk:10.0", StringComparison.Ordinal)
                && s.EndsWith(" AS build", StringComparison.Ordinal)
        );
        Assert.Contains(
            stages,
            s =>
                s.StartsWith("FROM mcr.microsoft.com/dotnet/runtime-deps:10.0", StringComparison.Ordinal)
                && s.EndsWith(" AS runtime", StringComparison.Ordinal)
        );
        Assert.True(File.Exists(DeployFiles.PathOf(published)), published);
        Assert.Contains("COPY --from=lambda-adapter /lambda-adapter /opt/extensions/lambda-adapter", lines);
        Assert.True(File.Exists(DeployFiles.PathOf(modelCopy[1])));
        Assert.Equal("/opt/ml/model/amazon-sales-demand.json", modelCopy[2]);
        var env = lines.Single(l => l.StartsWith("ENV ", StringComparison.Ordinal));
        foreach (var setting in new[] { "PORT=8080", "MODEL_DIR=/opt/ml/model", "AWS_LWA_PORT=8080", "AWS_LWA_READINESS_CHECK_PATH=/ping" })
        {
            Assert.Contains(setting, env.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        Assert.Contains("EXPOSE 8080", lines);
        Assert.EndsWith(
            $"CMD [\"{Executable}\", \"--healthcheck\"]",
            lines.Single(l => l.StartsWith("HEALTHCHECK", StringComparison.Ordinal))
        );
        Assert.Equal($"ENTRYPOINT [\"{Executable}\"]", lines[^1]);
    }

    [Fact]
    public void The_dockerfile_publishes_the_native_executable_and_the_runtime_stage_copies_it_alone()
    {
        // Given the Dockerfile's instructions and the projects the service references, directly or not
        var lines = DeployFiles.DockerInstructions();
        var projects = new[] { "Api", "Scoring", "Modeling", "Numerics" };

        // When the build stage's package install, copies and publish, and the runtime stage's copies from it are read
        var install = lines.Single(l => l.StartsWith("RUN apt-get update", StringComparison.Ordinal));
        var publish = lines.Single(l => l.StartsWith("RUN dotnet publish", StringComparison.Ordinal)).Split(' ');
        var fromBuild = lines.Where(l => l.StartsWith("COPY --from=build ", StringComparison.Ordinal)).ToList();

        // Then clang and zlib1g-dev are installed for Native AOT, every project is copied (project file before the
        // restore, then its sources), the publish is for linux-x64 into /app, and only the executable reaches the
        // runtime stage, whose base carries no .NET runtime
        Assert.Contains(" clang ", install + " ");
        Assert.Contains(" zlib1g-dev ", install + " ");
        foreach (var project in projects)
        {
            var folder = $"src/AmazonSalesRegression.{project}/";
            Assert.Contains($"COPY {folder}AmazonSalesRegression.{project}.csproj {folder}", lines);
            Assert.Contains($"COPY {folder} {folder}", lines);
            Assert.True(File.Exists(DeployFiles.PathOf($"{folder}AmazonSalesRegression.{project}.csproj")), folder);
        }

        Assert.Equal(["-c", "Release", "-r", "linux-x64"], publish[4..8]);
        Assert.Equal("/app", publish[Array.IndexOf(publish, "-o") + 1]);
        Assert.Equal([$"COPY --from=build {Executable} ./"], fromBuild);
        Assert.Contains("WORKDIR /app", lines);
        Assert.DoesNotContain(lines, l => l.Contains("aspnet:", StringComparison.Ordinal) || l.Contains(".dll", StringComparison.Ordinal));
    }

    [Fact]
    public void The_ecs_task_maps_port_8080_and_probes_ping_with_the_healthcheck_mode()
    {
        // Given the ECS task definition
        using var json = DeployFiles.Json("deploy/ecs-task-definition.json");
        var container = json.RootElement.GetProperty("containerDefinitions")[0];

        // When its port, environment and health check are read
        var port = container.GetProperty("portMappings")[0].GetProperty("containerPort").GetInt32();
        var env = container
            .GetProperty("environment")
            .EnumerateArray()
            .ToDictionary(e => e.GetProperty("name").GetString()!, e => e.GetProperty("value").GetString());
        var check = container.GetProperty("healthCheck").GetProperty("command").EnumerateArray().Select(e => e.GetString()).ToList();

        // Then they agree with the image: 8080, the model folder, and the --healthcheck entry point
        Assert.Equal(8080, port);
        Assert.Equal("8080", env["PORT"]);
        Assert.Equal("/opt/ml/model", env["MODEL_DIR"]);
        Assert.Equal(["CMD", Executable, "--healthcheck"], check);
        Assert.Equal("FARGATE", json.RootElement.GetProperty("requiresCompatibilities")[0].GetString());
        Assert.EndsWith("/amazon-sales-regression:latest", container.GetProperty("image").GetString());
    }

    [Fact]
    public void The_sam_template_runs_the_image_behind_the_lambda_web_adapter_with_ping_readiness()
    {
        // Given the SAM template (with !Ref, !Sub and !GetAtt tags)
        var template = DeployFiles.Yaml("deploy/template.yaml");

        // When the function is read
        var function = template.At("Resources", "PredictionFunction");
        var variables = function.At("Properties", "Environment", "Variables");

        // Then it is an image function whose adapter port and readiness path match the service, built from deploy/Dockerfile
        Assert.Equal("AWS::Serverless-2016-10-31", template.Scalar("Transform"));
        Assert.Equal("AWS::Serverless::Function", function.Scalar("Type"));
        Assert.Equal("Image", function.Scalar("Properties", "PackageType"));
        Assert.Equal("8080", variables.Scalar("PORT"));
        Assert.Equal("8080", variables.Scalar("AWS_LWA_PORT"));
        Assert.Equal("/ping", variables.Scalar("AWS_LWA_READINESS_CHECK_PATH"));
        Assert.Equal("/opt/ml/model", variables.Scalar("MODEL_DIR"));
        var context = Path.GetFullPath(Path.Combine(DeployFiles.PathOf("deploy"), function.Scalar("Metadata", "DockerContext")));
        Assert.True(File.Exists(Path.Combine(context, function.Scalar("Metadata", "Dockerfile"))));
        Assert.Equal("!Ref", function.At("Properties", "Tags", "model-version").Tag.Value);
    }

    [Fact]
    public void The_sagemaker_stack_wires_model_endpoint_configuration_and_endpoint()
    {
        // Given the SageMaker CloudFormation template
        var template = DeployFiles.Yaml("deploy/sagemaker/endpoint.yaml");
        var resources = (YamlMappingNode)template.At("Resources");

        // When its resources are read
        var model = template.At("Resources", "DemandModel");
        var variant = ((YamlSequenceNode)template.At("Resources", "DemandEndpointConfig", "Properties", "ProductionVariants")).Children[0];

        // Then the model runs the image with the service's port and model folder, and each resource refers to the previous one
        Assert.Equal(3, resources.Children.Count);
        Assert.Equal("AWS::SageMaker::Model", model.Scalar("Type"));
        Assert.Equal("8080", model.Scalar("Properties", "PrimaryContainer", "Environment", "PORT"));
        Assert.Equal("/opt/ml/model", model.Scalar("Properties", "PrimaryContainer", "Environment", "MODEL_DIR"));
        Assert.Equal("DemandModel.ModelName", variant.Scalar("ModelName"));
        Assert.Equal("!GetAtt", variant.At("ModelName").Tag.Value);
        Assert.Equal(
            "DemandEndpointConfig.EndpointConfigName",
            template.Scalar("Resources", "DemandEndpoint", "Properties", "EndpointConfigName")
        );
    }

    [Fact]
    public void The_workflow_builds_tests_checks_the_notebooks_and_publishes_the_image()
    {
        // Given the GitHub Actions workflow
        var workflow = DeployFiles.Yaml(".github/workflows/ci.yml");
        var jobs = (YamlMappingNode)workflow.At("jobs");

        // When the steps' commands are collected per job
        string Commands(string job) =>
            string.Join(
                '\n',
                ((YamlSequenceNode)jobs.At(job, "steps"))
                    .Children.OfType<YamlMappingNode>()
                    .Where(s => s.Children.ContainsKey(new YamlScalarNode("run")))
                    .Select(s => s.Scalar("run"))
            );

        // Then the jobs build and test the solution, re-run the notebooks with --check, and push the Dockerfile's image to the ECS task's repository
        Assert.Contains("dotnet build AmazonSalesRegression.sln", Commands("build-and-test"));
        Assert.Contains("dotnet test AmazonSalesRegression.sln", Commands("build-and-test"));
        Assert.Contains("course run --check", Commands("notebooks"));
        Assert.Contains("docker build -f deploy/Dockerfile", Commands("publish-image"));
        Assert.Contains("docker push", Commands("publish-image"));
        Assert.Equal("amazon-sales-regression", workflow.Scalar("env", "IMAGE_REPOSITORY"));
        using var ecs = DeployFiles.Json("deploy/ecs-task-definition.json");
        Assert.Contains(
            $"/{workflow.Scalar("env", "IMAGE_REPOSITORY")}:",
            ecs.RootElement.GetProperty("containerDefinitions")[0].GetProperty("image").GetString()
        );
    }
}
