using AmazonSalesRegression.Engine.Notebooks;

namespace AmazonSalesRegression.Engine.Running;

/// <summary>Where each display id of a notebook run was shown, so updates replace it in place (in any earlier cell).</summary>
internal sealed class DisplayRegistry
{
    private readonly Dictionary<string, List<(CellOutputCollector Cell, int Index)>> _shown = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Records that <paramref name="displayId"/> is output <paramref name="index"/> of <paramref name="cell"/>.</summary>
    public void Register(string displayId, CellOutputCollector cell, int index)
    {
        lock (_gate)
        {
            if (!_shown.TryGetValue(displayId, out var places))
            {
                _shown[displayId] = places = [];
            }

            places.Add((cell, index));
        }
    }

    /// <summary>Replaces every output shown under <paramref name="displayId"/>; unknown ids are ignored, as in Jupyter.</summary>
    public void Update(string displayId, DisplayDataOutput output)
    {
        List<(CellOutputCollector Cell, int Index)> places;
        lock (_gate)
        {
            if (!_shown.TryGetValue(displayId, out var found))
            {
                return;
            }

            places = [.. found];
        }

        foreach (var (cell, index) in places)
        {
            cell.Replace(index, output);
        }
    }
}
