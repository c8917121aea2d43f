using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace AmazonSalesRegression.Api.Tests.Deployment;

/// <summary>Reads the deployment files: JSON with System.Text.Json, YAML (with CloudFormation's !Ref-style tags kept as plain scalars) with YamlDotNet.</summary>
internal static class DeployFiles
{
    public static string PathOf(string relative) => Path.Combine(ServiceHost.Root, relative);

    public static string Text(string relative) => File.ReadAllText(PathOf(relative));

    public static JsonDocument Json(string relative) => JsonDocument.Parse(Text(relative));

    public static YamlMappingNode Yaml(string relative)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(Text(relative)));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    public static YamlNode At(this YamlNode node, params string[] keys)
    {
        foreach (var key in keys)
        {
            node = ((YamlMappingNode)node).Children[new YamlScalarNode(key)];
        }

        return node;
    }

    public static string Scalar(this YamlNode node, params string[] keys) => ((YamlScalarNode)node.At(keys)).Value!;

    /// <summary>The Dockerfile's instructions, continuation lines joined, comments dropped.</summary>
    public static List<string> DockerInstructions()
    {
        var joined = Text("deploy/Dockerfile").Replace("\\\n", " ", StringComparison.Ordinal);
        return [.. joined.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];
    }
}
