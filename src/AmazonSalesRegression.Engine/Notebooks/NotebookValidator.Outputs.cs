using System.Text.Json.Nodes;

namespace AmazonSalesRegression.Engine.Notebooks;

public static partial class NotebookValidator
{
    private static void ValidateOutput(JsonNode? node, string where, List<string> problems)
    {
        if (node is not JsonObject output)
        {
            problems.Add($"{where}: an output must be a JSON object");
            return;
        }

        switch (Require<JsonValue>(output, "output_type", where, problems)?.ToString())
        {
            case "stream":
                var name = Require<JsonValue>(output, "name", where, problems)?.ToString();
                if (name is not null and not NotebookStreamOutput.StandardOutput and not NotebookStreamOutput.StandardError)
                {
                    problems.Add($"{where}.name: expected stdout or stderr, found '{name}'");
                }

                RequireText(output, "text", where, problems);
                break;
            case "display_data":
                Require<JsonObject>(output, "data", where, problems);
                Require<JsonObject>(output, "metadata", where, problems);
                break;
            case "execute_result":
                Require<JsonObject>(output, "data", where, problems);
                Require<JsonObject>(output, "metadata", where, problems);
                if (!output.ContainsKey("execution_count"))
                {
                    problems.Add($"{where}.execution_count: required for execute_result");
                }

                break;
            case "error":
                Require<JsonValue>(output, "ename", where, problems);
                Require<JsonValue>(output, "evalue", where, problems);
                Require<JsonArray>(output, "traceback", where, problems);
                break;
            case { } other:
                problems.Add($"{where}.output_type: unknown output type '{other}'");
                break;
        }
    }
}
