using System.Text.Json.Nodes;
using AmazonSalesRegression.Engine.Runner;

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

    public static async Task<string> WriteAsync(TempDirectory folder, Notebook notebook, string name = "test.ipynb")
    {
        var path = folder.File(name);
        await NotebookJson.WriteAsync(path, notebook);
        return path;
    }

    private static JsonObject Metadata(string[] tags) =>
        tags.Length == 0 ? new JsonObject() : new JsonObject { ["tags"] = new JsonArray(tags.Select(t => (JsonNode?)t).ToArray()) };
}
