using System.Text.Json;
using System.Text.Json.Nodes;

namespace AmazonSalesRegression.Engine.Notebooks;

/// <summary>One notebook cell (nbformat 4.5).</summary>
/// <param name="Id">The cell id (<c>^[a-zA-Z0-9-_]+$</c>, 1 to 64 characters, unique in the notebook).</param>
/// <param name="CellType"><c>code</c>, <c>markdown</c> or <c>raw</c>.</param>
/// <param name="Source">The cell's text.</param>
/// <param name="Metadata">The cell's metadata, kept as read (unknown keys included).</param>
public sealed record NotebookCell(string Id, string CellType, string Source, JsonObject Metadata)
{
    /// <summary>The <c>code</c> cell type.</summary>
    public const string Code = "code";

    /// <summary>Tag: the cell is expected to fail; the runner records the error and goes on.</summary>
    public const string RaisesExceptionTag = "raises-exception";

    /// <summary>Tag: the checker does not run the cell.</summary>
    public const string SkipTag = "nbval-skip";

    /// <summary>Tag: the checker runs the cell but does not compare its outputs.</summary>
    public const string IgnoreOutputTag = "nbval-ignore-output";

    /// <summary>The execution count of a code cell (<see langword="null"/> when not run).</summary>
    public int? ExecutionCount { get; init; }

    /// <summary>The outputs of a code cell.</summary>
    public IReadOnlyList<NotebookOutput> Outputs { get; init; } = [];

    /// <summary>Attachments of a markdown or raw cell, kept as read.</summary>
    public JsonObject? Attachments { get; init; }

    /// <summary>True for code cells.</summary>
    public bool IsCode => CellType == Code;

    /// <summary>The strings in <c>metadata.tags</c>.</summary>
    public IReadOnlyList<string> Tags =>
        Metadata["tags"] is JsonArray tags
            ? tags.OfType<JsonValue>().Where(t => t.GetValueKind() == JsonValueKind.String).Select(t => t.GetValue<string>()).ToArray()
            : [];

    /// <summary>True when <c>metadata.tags</c> contains <paramref name="tag"/>.</summary>
    public bool HasTag(string tag) => Tags.Contains(tag, StringComparer.Ordinal);
}
