using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AmazonSalesRegression.Engine.Notebooks;

/// <summary>
/// Reads and writes <c>.ipynb</c> files (nbformat 4). Reading validates the structure (see <see cref="NotebookValidator"/>),
/// joins multi-line strings, keeps all metadata as read, and gives cells without an id a deterministic one (upgrading
/// 4.0–4.4 notebooks to 4.5); keys that nbformat does not define on cells and outputs are dropped. Writing reproduces
/// Jupyter's own layout byte for byte (sorted keys, one-space indentation, lists of lines, final newline), so a notebook
/// Jupyter saved reads and writes back unchanged.
/// </summary>
public static partial class NotebookJson
{
    private static readonly JsonDocumentOptions s_read = new() { MaxDepth = 512 };
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Parses notebook JSON.</summary>
    /// <exception cref="NotebookFormatException">The text is not JSON, or not a valid nbformat 4 notebook.</exception>
    public static Notebook Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: s_read);
        }
        catch (JsonException e)
        {
            throw new NotebookFormatException($"not JSON: {e.Message}", e);
        }

        var problems = NotebookValidator.Validate(root, allowMissingIds: true);
        if (problems.Count > 0)
        {
            throw new NotebookFormatException(problems);
        }

        return FromJson(root!.AsObject());
    }

    /// <summary>The notebook as Jupyter writes it, ending in a newline.</summary>
    /// <exception cref="NotebookFormatException">The notebook breaks the nbformat 4.5 id rules.</exception>
    public static string Serialize(Notebook notebook)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        var problems = NotebookValidator.Validate(notebook);
        if (problems.Count > 0)
        {
            throw new NotebookFormatException(problems);
        }

        return NbJsonWriter.Write(ToJson(notebook));
    }

    /// <summary>Reads the notebook at <paramref name="path"/>.</summary>
    /// <exception cref="NotebookFormatException">The file is not a valid notebook.</exception>
    public static async Task<Notebook> ReadAsync(string path, CancellationToken cancellationToken = default) =>
        Parse(await File.ReadAllTextAsync(path, s_utf8, cancellationToken).ConfigureAwait(false));

    /// <summary>Writes <paramref name="notebook"/> to <paramref name="path"/> as UTF-8 without a byte order mark.</summary>
    public static Task WriteAsync(string path, Notebook notebook, CancellationToken cancellationToken = default) =>
        File.WriteAllTextAsync(path, Serialize(notebook), s_utf8, cancellationToken);

    /// <summary>True for MIME types whose representation is JSON rather than text.</summary>
    internal static bool IsJsonMimeType(string mimeType) =>
        mimeType == "application/json" || mimeType.EndsWith("+json", StringComparison.Ordinal);

    /// <summary>True for MIME types whose text nbformat stores as a list of lines.</summary>
    internal static bool IsMultilineMimeType(string mimeType) =>
        mimeType.StartsWith("text/", StringComparison.Ordinal) || mimeType is "application/javascript" or "image/svg+xml";
}
