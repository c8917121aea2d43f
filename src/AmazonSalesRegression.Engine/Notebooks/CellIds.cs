using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace AmazonSalesRegression.Engine.Notebooks;

/// <summary>
/// nbformat 4.5 cell ids: the pattern <c>^[a-zA-Z0-9-_]+$</c>, 1 to 64 characters. Missing ids are derived from the
/// cell's position, type and source (the first 8 hex digits of a SHA-256), so the same notebook always gets the same ids.
/// </summary>
public static partial class CellIds
{
    /// <summary>True when <paramref name="id"/> satisfies the nbformat 4.5 id rules (uniqueness aside).</summary>
    public static bool IsValid(string? id) => id is { Length: >= 1 and <= 64 } && Pattern().IsMatch(id);

    /// <summary>A deterministic id for the cell at <paramref name="index"/>, different from every id in <paramref name="taken"/>.</summary>
    public static string Generate(int index, string cellType, string source, IReadOnlySet<string> taken)
    {
        var hash = Convert.ToHexStringLower(
            SHA256.HashData(Encoding.UTF8.GetBytes($"{index.ToString(CultureInfo.InvariantCulture)}\n{cellType}\n{source}"))
        )[..8];
        var id = hash;
        for (var suffix = 2; taken.Contains(id); suffix++)
        {
            id = $"{hash}-{suffix.ToString(CultureInfo.InvariantCulture)}";
        }

        return id;
    }

    [GeneratedRegex("^[a-zA-Z0-9-_]+$")]
    private static partial Regex Pattern();
}
