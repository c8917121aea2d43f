namespace AmazonSalesRegression.Engine.Formatting;

/// <summary>A table already reduced to its shown part and formatted as text, ready to render as text or HTML.</summary>
/// <param name="Caption">A short description such as <c>DataFrame (120 rows × 4 columns)</c>.</param>
/// <param name="Columns">Header texts of the shown columns.</param>
/// <param name="RowLabels">Row label texts (index or key) of the shown rows.</param>
/// <param name="Rows">Cell texts of the shown rows, one list per row, aligned with <paramref name="Columns"/>.</param>
/// <param name="TotalRows">How many rows the value has.</param>
/// <param name="TotalColumns">How many columns the value has.</param>
internal sealed record DisplayTable(
    string Caption,
    IReadOnlyList<string> Columns,
    IReadOnlyList<string> RowLabels,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    int TotalRows,
    int TotalColumns
)
{
    /// <summary>Rows not shown.</summary>
    public int HiddenRows => TotalRows - Rows.Count;

    /// <summary>Columns not shown.</summary>
    public int HiddenColumns => TotalColumns - Columns.Count;

    /// <summary>The "… N more rows" style note, or empty when everything is shown.</summary>
    public string TruncationNote
    {
        get
        {
            var parts = new List<string>();
            if (HiddenRows > 0)
            {
                parts.Add($"{HiddenRows.ToString(CultureInfo.InvariantCulture)} more row{(HiddenRows == 1 ? "" : "s")}");
            }

            if (HiddenColumns > 0)
            {
                parts.Add($"{HiddenColumns.ToString(CultureInfo.InvariantCulture)} more column{(HiddenColumns == 1 ? "" : "s")}");
            }

            return parts.Count == 0 ? string.Empty : "… " + string.Join(", ", parts);
        }
    }
}
