using System.Text.Json;
using System.Text.Json.Nodes;

namespace AmazonSalesRegression.Engine.Notebooks;

public static partial class NotebookValidator
{
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
