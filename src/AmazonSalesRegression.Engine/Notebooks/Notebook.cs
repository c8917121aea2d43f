using System.Text.Json.Nodes;

namespace AmazonSalesRegression.Engine.Notebooks;

/// <summary>A Jupyter notebook (nbformat 4).</summary>
/// <param name="Cells">The cells, in order.</param>
/// <param name="Metadata">The notebook's metadata, kept as read (unknown keys included).</param>
/// <param name="FormatMajor">The <c>nbformat</c> (always 4).</param>
/// <param name="FormatMinor">The <c>nbformat_minor</c> (5 once the notebook has cell ids).</param>
public sealed record Notebook(IReadOnlyList<NotebookCell> Cells, JsonObject Metadata, int FormatMajor = 4, int FormatMinor = 5);
