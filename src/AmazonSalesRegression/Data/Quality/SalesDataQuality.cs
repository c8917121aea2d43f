using System.Globalization;

namespace AmazonSalesRegression.Data.Quality;

/// <summary>
/// Data-quality checks for the sales data: missing values, keys, the complete day × SKU panel, the exact money
/// identities (in cents), value ranges, and implausible unit spikes (<see cref="OutlierScan"/>). Every finding names
/// its row, day, SKU and columns, so a flagged value can be looked up in the file.
/// </summary>
public static partial class SalesDataQuality
{
    /// <summary>Name of the check <c>selling_price = list_price − discount</c>.</summary>
    public const string PriceIdentity = "selling_price = list_price − discount (to the cent)";

    /// <summary>Name of the check <c>revenue = units_sold × selling_price</c>.</summary>
    public const string RevenueIdentity = "revenue = units_sold × selling_price (to the cent)";

    /// <summary>Name of the check for repeated (date, sku) keys.</summary>
    public const string UniqueKeys = "one row per (date, sku)";

    /// <summary>Name of the check that every day has every SKU.</summary>
    public const string CompletePanel = "every day × every SKU present";

    /// <summary>Name of the check for missing values.</summary>
    public const string NoMissing = "no missing values (NaN, ∞, empty text)";

    /// <summary>Name of the unit-spike check.</summary>
    public const string UnitSpikes = "no unit spikes (robust z ≤ 6)";

    /// <summary>Runs every check on <paramref name="rows"/>.</summary>
    /// <param name="rows">The sales rows, e.g. from <c>SalesCsv.Load</c>.</param>
    public static DataQualityReport Check(IReadOnlyList<SalesRecord> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        List<QualityCheck> checks =
        [
            Missing(rows),
            Keys(rows),
            Panel(rows),
            RowCheck(
                rows,
                PriceIdentity,
                "selling_price, list_price, discount",
                r => Cents(r.SellingPrice) == Cents(r.ListPrice) - Cents(r.Discount),
                r => Text($"{r.ListPrice} − {r.Discount} ≠ {r.SellingPrice}")
            ),
            RowCheck(
                rows,
                RevenueIdentity,
                "revenue, units_sold, selling_price",
                r => Cents(r.Revenue) == r.UnitsSold * Cents(r.SellingPrice),
                r => Text($"{r.UnitsSold} × {r.SellingPrice} ≠ {r.Revenue}")
            ),
            .. RangeChecks(rows),
            Spikes(rows),
        ];
        return new DataQualityReport(rows.Count, checks);
    }

    private static QualityCheck RowCheck(
        IReadOnlyList<SalesRecord> rows,
        string name,
        string columns,
        Func<SalesRecord, bool> holds,
        Func<SalesRecord, string> detail
    )
    {
        var findings = new List<QualityFinding>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (!holds(rows[i]))
            {
                findings.Add(new QualityFinding(i, rows[i].Date, rows[i].Sku, columns, detail(rows[i])));
            }
        }

        return new QualityCheck(name, columns, rows.Count, findings);
    }

    private static QualityCheck Keys(IReadOnlyList<SalesRecord> rows)
    {
        var seen = new HashSet<(DateOnly, string)>();
        return RowCheck(rows, UniqueKeys, "date, sku", r => seen.Add((r.Date, r.Sku)), r => "repeats an earlier row's (date, sku)");
    }

    private static QualityCheck Panel(IReadOnlyList<SalesRecord> rows)
    {
        var present = rows.Select(r => (r.Date, r.Sku)).ToHashSet();
        var skus = rows.Select(r => r.Sku).Distinct().Order(StringComparer.Ordinal).ToArray();
        var findings = new List<QualityFinding>();
        var expected = 0;
        if (rows.Count > 0)
        {
            var first = rows.Min(r => r.Date);
            var last = rows.Max(r => r.Date);
            for (var day = first; day <= last; day = day.AddDays(1))
            {
                foreach (var sku in skus)
                {
                    expected++;
                    if (!present.Contains((day, sku)))
                    {
                        findings.Add(new QualityFinding(null, day, sku, "date, sku", "no row for this SKU on this day"));
                    }
                }
            }
        }

        return new QualityCheck(CompletePanel, "date, sku", expected, findings);
    }

    private static QualityCheck Spikes(IReadOnlyList<SalesRecord> rows)
    {
        const string Columns = "units_sold, sessions";
        var findings = OutlierScan
            .Find(rows)
            .Select(c => new QualityFinding(
                c.Row,
                c.Date,
                c.Sku,
                Columns,
                Text(
                    $"{c.Units} units on {c.Sessions} sessions: {c.Signal} spike (conversion z {c.ConversionZ:F1}, demand z {c.DemandZ:F1})"
                )
            ))
            .ToList();
        return new QualityCheck(UnitSpikes, Columns, rows.Count, findings);
    }

    private static long Cents(double dollars) => (long)Math.Round(dollars * 100, MidpointRounding.AwayFromZero);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
