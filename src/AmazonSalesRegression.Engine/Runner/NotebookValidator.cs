using System.Text.Json;
using System.Text.Json.Nodes;

namespace AmazonSalesRegression.Engine.Runner;

/// <summary>
/// The nbformat 4.5 rules that can be checked without the JSON schema: top-level keys, the keys each cell type and
/// output type requires, cell types, stream names, and the id rules (pattern, length 1 to 64, unique).
/// </summary>
public static class NotebookValidator
{
    private static readonly string[] s_cellTypes = ["code", "markdown", "raw"];

    /// <summary>Problems in notebook JSON, each prefixed with where it is (e.g. <c>cells[2].outputs[0].name</c>).</summary>
    public static IReadOnlyList<string> Validate(JsonNode? root) => Validate(root, allowMissingIds: false);

    /// <summary>Problems in a notebook model: format version and the id rules.</summary>
    public static IReadOnlyList<string> Validate(Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var problems = new List<string>();
        if (notebook.FormatMajor != 4 || notebook.FormatMinor < 5)
        {
            problems.Add($"nbformat: expected 4.5 or later 4.x, found {notebook.FormatMajor}.{notebook.FormatMinor}");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < notebook.Cells.Count; i++)
        {
            var cell = notebook.Cells[i];
            CheckId(problems, $"cells[{i}].id", cell.Id, seen);
            if (!s_cellTypes.Contains(cell.CellType))
            {
                problems.Add($"cells[{i}].cell_type: unknown cell type '{cell.CellType}'");
            }

            if (!cell.IsCode && (cell.Outputs.Count > 0 || cell.ExecutionCount is not null))
            {
                problems.Add($"cells[{i}]: a {cell.CellType} cell cannot have outputs or an execution count");
            }
        }

        return problems;
    }

    internal static IReadOnlyList<string> Validate(JsonNode? root, bool allowMissingIds)
    {
        var problems = new List<string>();
        if (root is not JsonObject notebook)
        {
            return ["the notebook must be a JSON object"];
        }

        var major = Integer(notebook, "nbformat", "", problems);
        var minor = Integer(notebook, "nbformat_minor", "", problems);
        if (major is not null and not 4)
        {
            problems.Add($"nbformat: only version 4 is supported, found {major}");
        }

        Require<JsonObject>(notebook, "metadata", "", problems);
        if (Require<JsonArray>(notebook, "cells", "", problems) is not { } cells)
        {
            return problems;
        }

        var idsRequired = minor >= 5 && !allowMissingIds;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < cells.Count; i++)
        {
            ValidateCell(cells[i], $"cells[{i}]", idsRequired, seen, problems);
        }

        return problems;
    }

    private static void ValidateCell(JsonNode? node, string where, bool idsRequired, HashSet<string> seen, List<string> problems)
    {
        if (node is not JsonObject cell)
        {
            problems.Add($"{where}: a cell must be a JSON object");
            return;
        }

        var type = Require<JsonValue>(cell, "cell_type", where, problems)?.ToString();
        if (type is not null && !s_cellTypes.Contains(type))
        {
            problems.Add($"{where}.cell_type: unknown cell type '{type}'");
        }

        Require<JsonObject>(cell, "metadata", where, problems);
        RequireText(cell, "source", where, problems);
        if (cell["id"] is JsonValue id)
        {
            CheckId(problems, $"{where}.id", id.ToString(), seen);
        }
        else if (idsRequired)
        {
            problems.Add($"{where}.id: required from nbformat 4.5 on");
        }

        if (type == "code")
        {
            if (!cell.ContainsKey("execution_count"))
            {
                problems.Add($"{where}.execution_count: required for code cells (null when not run)");
            }

            if (Require<JsonArray>(cell, "outputs", where, problems) is { } outputs)
            {
                for (var o = 0; o < outputs.Count; o++)
                {
                    ValidateOutput(outputs[o], $"{where}.outputs[{o}]", problems);
                }
            }
        }
        else if (type is not null && (cell.ContainsKey("outputs") || cell.ContainsKey("execution_count")))
        {
            problems.Add($"{where}: a {type} cell cannot have outputs or an execution count");
        }
    }

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
                if (name is not null and not StreamOutput.StandardOutput and not StreamOutput.StandardError)
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

    private static void CheckId(List<string> problems, string where, string id, HashSet<string> seen)
    {
        if (!CellIds.IsValid(id))
        {
            problems.Add($"{where}: '{id}' does not match ^[a-zA-Z0-9-_]+$ with 1 to 64 characters");
        }
        else if (!seen.Add(id))
        {
            problems.Add($"{where}: '{id}' is not unique");
        }
    }

    private static T? Require<T>(JsonObject obj, string key, string where, List<string> problems)
        where T : JsonNode
    {
        var path = where.Length == 0 ? key : $"{where}.{key}";
        if (!obj.TryGetPropertyValue(key, out var value) || value is null)
        {
            problems.Add($"{path}: required");
            return null;
        }

        if (value is not T typed)
        {
            problems.Add($"{path}: expected a JSON {typeof(T).Name[4..].ToLowerInvariant()}");
            return null;
        }

        return typed;
    }

    private static int? Integer(JsonObject obj, string key, string where, List<string> problems)
    {
        var value = Require<JsonValue>(obj, key, where, problems);
        if (value is null)
        {
            return null;
        }

        if (value.GetValueKind() != JsonValueKind.Number || !value.TryGetValue<int>(out var number))
        {
            problems.Add($"{key}: expected an integer");
            return null;
        }

        return number;
    }

    private static void RequireText(JsonObject obj, string key, string where, List<string> problems)
    {
        var value = obj[key];
        var ok = value switch
        {
            JsonValue v => v.GetValueKind() == JsonValueKind.String,
            JsonArray lines => lines.All(l => l is JsonValue v && v.GetValueKind() == JsonValueKind.String),
            _ => false,
        };
        if (!ok)
        {
            problems.Add($"{where}.{key}: expected a string or a list of strings");
        }
    }
}
