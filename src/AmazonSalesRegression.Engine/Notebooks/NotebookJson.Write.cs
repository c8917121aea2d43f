using System.Text.Json.Nodes;

namespace AmazonSalesRegression.Engine.Notebooks;

public static partial class NotebookJson
{
    private static JsonObject ToJson(Notebook notebook)
    {
        var cells = new JsonArray();
        foreach (var cell in notebook.Cells)
        {
            var node = new JsonObject
            {
                ["cell_type"] = cell.CellType,
                ["id"] = cell.Id,
                ["metadata"] = cell.Metadata.DeepClone(),
                ["source"] = MultilineText.Write(cell.Source),
            };
            if (cell.IsCode)
            {
                node["execution_count"] = cell.ExecutionCount is { } count ? JsonValue.Create(count) : null;
                node["outputs"] = new JsonArray(cell.Outputs.Select(WriteOutput).ToArray());
            }
            else if (cell.Attachments is { } attachments)
            {
                node["attachments"] = attachments.DeepClone();
            }

            cells.Add(node);
        }

        return new JsonObject
        {
            ["cells"] = cells,
            ["metadata"] = notebook.Metadata.DeepClone(),
            ["nbformat"] = notebook.FormatMajor,
            ["nbformat_minor"] = notebook.FormatMinor,
        };
    }

    private static JsonNode WriteOutput(NotebookOutput output) =>
        output switch
        {
            NotebookStreamOutput stream => new JsonObject
            {
                ["name"] = stream.Name,
                ["output_type"] = stream.OutputType,
                ["text"] = MultilineText.Write(stream.Text),
            },
            DisplayDataOutput display => new JsonObject
            {
                ["data"] = WriteBundle(display.Data),
                ["metadata"] = display.Metadata.DeepClone(),
                ["output_type"] = display.OutputType,
            },
            ExecuteResultOutput result => new JsonObject
            {
                ["data"] = WriteBundle(result.Data),
                ["execution_count"] = result.ExecutionCount is { } count ? JsonValue.Create(count) : null,
                ["metadata"] = result.Metadata.DeepClone(),
                ["output_type"] = result.OutputType,
            },
            ErrorOutput error => new JsonObject
            {
                ["ename"] = error.EName,
                ["evalue"] = error.EValue,
                ["output_type"] = error.OutputType,
                ["traceback"] = new JsonArray(error.Traceback.Select(line => (JsonNode?)JsonValue.Create(line)).ToArray()),
            },
            _ => throw new ArgumentOutOfRangeException(nameof(output), output.GetType().Name, "Unknown output type."),
        };

    private static JsonObject WriteBundle(IReadOnlyDictionary<string, JsonNode> data)
    {
        var bundle = new JsonObject();
        foreach (var (mime, value) in data)
        {
            bundle[mime] =
                IsMultilineMimeType(mime) && value is JsonValue text && text.GetValueKind() == System.Text.Json.JsonValueKind.String
                    ? MultilineText.Write(text.GetValue<string>())
                    : value.DeepClone();
        }

        return bundle;
    }
}
