using System.Text.Json;
using System.Text.Json.Nodes;

namespace AmazonSalesRegression.Engine.Notebooks;

public static partial class NotebookJson
{
    private static Notebook FromJson(JsonObject root)
    {
        var cellNodes = root["cells"]!.AsArray();
        var taken = new HashSet<string>(cellNodes.Select(c => c?["id"]?.ToString()).OfType<string>(), StringComparer.Ordinal);
        var cells = new List<NotebookCell>(cellNodes.Count);
        for (var i = 0; i < cellNodes.Count; i++)
        {
            var node = cellNodes[i]!.AsObject();
            var type = node["cell_type"]!.ToString();
            var source = MultilineText.Read(node["source"], $"cells[{i}].source");
            var id = node["id"]?.ToString();
            if (id is null)
            {
                id = CellIds.Generate(i, type, source, taken);
                taken.Add(id);
            }

            cells.Add(
                new NotebookCell(id, type, source, node["metadata"]!.AsObject().DeepClone().AsObject())
                {
                    ExecutionCount = type == NotebookCell.Code ? Count(node["execution_count"]) : null,
                    Outputs =
                        type == NotebookCell.Code
                            ? node["outputs"]!.AsArray().Select((o, n) => ReadOutput(o!.AsObject(), $"cells[{i}].outputs[{n}]")).ToArray()
                            : [],
                    Attachments = node["attachments"]?.DeepClone() as JsonObject,
                }
            );
        }

        var minor = root["nbformat_minor"]!.GetValue<int>();
        return new Notebook(
            cells,
            root["metadata"]!.AsObject().DeepClone().AsObject(),
            root["nbformat"]!.GetValue<int>(),
            Math.Max(minor, 5)
        );
    }

    private static NotebookOutput ReadOutput(JsonObject output, string where) =>
        output["output_type"]!.ToString() switch
        {
            "stream" => new NotebookStreamOutput(output["name"]!.ToString(), MultilineText.Read(output["text"], $"{where}.text")),
            "display_data" => new DisplayDataOutput(
                ReadBundle(output["data"]!.AsObject(), where),
                output["metadata"]!.DeepClone().AsObject()
            ),
            "execute_result" => new ExecuteResultOutput(
                Count(output["execution_count"]),
                ReadBundle(output["data"]!.AsObject(), where),
                output["metadata"]!.DeepClone().AsObject()
            ),
            _ => new ErrorOutput(
                output["ename"]!.ToString(),
                output["evalue"]!.ToString(),
                output["traceback"]!.AsArray().Select(line => line?.ToString() ?? string.Empty).ToArray()
            ),
        };

    private static Dictionary<string, JsonNode> ReadBundle(JsonObject data, string where)
    {
        var bundle = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var (mime, value) in data)
        {
            bundle[mime] =
                IsMultilineMimeType(mime) && value is JsonArray
                    ? JsonValue.Create(MultilineText.Read(value, $"{where}.data.{mime}"))
                    : value?.DeepClone() ?? JsonValue.Create(string.Empty);
        }

        return bundle;
    }

    private static int? Count(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number ? value.GetValue<int>() : null;
}
