using System.Text.Json.Nodes;
using AmazonSalesRegression.Engine.Notebooks;
using AmazonSalesRegression.Engine.Prose;

namespace AmazonSalesRegression.Engine.Tests.Support;

/// <summary>Small notebooks for runner tests.</summary>
public static class NotebookBuilder
{
    public static NotebookCell Code(string id, string source, params string[] tags) => new(id, NotebookCell.Code, source, Metadata(tags));

    public static NotebookCell Markdown(string id, string source) => new(id, "markdown", source, new JsonObject());

    public static Notebook Of(params NotebookCell[] cells) =>
        new(
            cells,
            new JsonObject
            {
                ["kernelspec"] = new JsonObject
                {
                    ["name"] = "csharp",
                    ["display_name"] = "C#",
                    ["language"] = "C#",
                },
            }
        );

    /// <summary><paramref name="notebook"/> with the default authoring metadata object set to <paramref name="course"/> (JSON).</summary>
    public static Notebook WithCourse(this Notebook notebook, string course)
    {
        var metadata = notebook.Metadata.DeepClone().AsObject();
        metadata[NotebookConventions.Default.MetadataKey] = JsonNode.Parse(course);
        return notebook with { Metadata = metadata };
    }

    /// <summary><paramref name="cell"/> with <paramref name="json"/> merged into its metadata.</summary>
    public static NotebookCell WithMetadata(this NotebookCell cell, string json)
    {
        var metadata = cell.Metadata.DeepClone().AsObject();
        foreach (var (key, value) in JsonNode.Parse(json)!.AsObject())
        {
            metadata[key] = value?.DeepClone();
        }

        return cell with
        {
            Metadata = metadata,
        };
    }

    public static async Task<string> WriteAsync(TempDirectory folder, Notebook notebook, string name = "test.ipynb")
    {
        var path = folder.File(name);
        await NotebookJson.WriteAsync(path, notebook);
        return path;
    }

    private static JsonObject Metadata(string[] tags) =>
        tags.Length == 0 ? new JsonObject() : new JsonObject { ["tags"] = new JsonArray(tags.Select(t => (JsonNode?)t).ToArray()) };
}
