using Plotly.NET;

namespace AmazonSalesRegression.Visualization;

/// <summary>
/// Placing the text labels of a few highlighted points so that they neither overlap each other nor leave the plot: a
/// greedy placement in pixel space (each label, in order, takes the first of eight positions around its point whose
/// box stays inside the plot area and clear of the earlier labels and of the labelled markers), deterministic and
/// enough for the handful of labels a diagnostic figure carries.
/// </summary>
public static partial class Charts
{
    /// <summary>Approximate width of the plot area of a <see cref="Layout"/> figure, in pixels (width minus side margins).</summary>
    private const double PlotAreaWidth = Width - 160;

    /// <summary>Approximate height of the plot area of a <see cref="Layout"/> figure, in pixels (height minus title, legend and axis).</summary>
    private const double PlotAreaHeight = Height - 180;

    /// <summary>Width of one character of a 12 px label, in pixels (generous, so estimated boxes contain the real ones).</summary>
    private const double CharacterWidth = 7.5;

    /// <summary>Height of a label's line, in pixels.</summary>
    private const double LabelHeight = 16;

    /// <summary>Gap between a marker's centre and its label, in pixels.</summary>
    private const double LabelGap = 6;

    private static readonly (StyleParam.TextPosition Position, double Dx, double Dy)[] Candidates =
    [
        (StyleParam.TextPosition.TopCenter, 0, -1),
        (StyleParam.TextPosition.BottomCenter, 0, 1),
        (StyleParam.TextPosition.MiddleRight, 1, 0),
        (StyleParam.TextPosition.MiddleLeft, -1, 0),
        (StyleParam.TextPosition.TopRight, 1, -1),
        (StyleParam.TextPosition.TopLeft, -1, -1),
        (StyleParam.TextPosition.BottomRight, 1, 1),
        (StyleParam.TextPosition.BottomLeft, -1, 1),
    ];

    /// <summary>A text position for each labelled point (<paramref name="x"/>, <paramref name="y"/>) on axes with the given ranges.</summary>
    internal static StyleParam.TextPosition[] PlaceLabels(
        IReadOnlyList<double> x,
        IReadOnlyList<double> y,
        IReadOnlyList<string> text,
        (double Min, double Max) xRange,
        (double Min, double Max) yRange
    )
    {
        var points = x.Select((v, i) => (
            X: (v - xRange.Min) / (xRange.Max - xRange.Min) * PlotAreaWidth,
            Y: (yRange.Max - y[i]) / (yRange.Max - yRange.Min) * PlotAreaHeight)).ToArray();
        var markers = points.Select(p => (p.X - 5, p.Y - 5, p.X + 5, p.Y + 5)).ToArray();
        var placed = new List<(double Left, double Top, double Right, double Bottom)>();
        var positions = new StyleParam.TextPosition[points.Length];
        for (var i = 0; i < points.Length; i++)
        {
            var boxes = Candidates.Select(c => LabelBox(points[i], text[i].Length * CharacterWidth, c.Dx, c.Dy)).ToArray();
            var choice = Enumerable.Range(0, Candidates.Length)
                .Where(k => Inside(boxes[k]))
                .Where(k => !placed.Concat(markers.Where((_, j) => j != i)).Any(b => Overlap(b, boxes[k])))
                .Concat(Enumerable.Range(0, Candidates.Length).Where(k => Inside(boxes[k])))
                .DefaultIfEmpty(0)
                .First();
            positions[i] = Candidates[choice].Position;
            placed.Add(boxes[choice]);
        }

        return positions;
    }

    private static (double Left, double Top, double Right, double Bottom) LabelBox((double X, double Y) p, double width, double dx, double dy)
    {
        var left = dx switch
        {
            > 0 => p.X + LabelGap,
            < 0 => p.X - LabelGap - width,
            _ => p.X - (width / 2),
        };
        var top = dy switch
        {
            > 0 => p.Y + LabelGap,
            < 0 => p.Y - LabelGap - LabelHeight,
            _ => p.Y - (LabelHeight / 2),
        };
        return (left, top, left + width, top + LabelHeight);
    }

    private static bool Inside((double Left, double Top, double Right, double Bottom) b) =>
        b.Left >= 0 && b.Top >= 0 && b.Right <= PlotAreaWidth && b.Bottom <= PlotAreaHeight;

    private static bool Overlap(
        (double Left, double Top, double Right, double Bottom) a,
        (double Left, double Top, double Right, double Bottom) b
    ) => a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;
}
