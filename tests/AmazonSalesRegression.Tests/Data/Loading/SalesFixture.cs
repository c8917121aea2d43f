using AmazonSalesRegression.Data;

namespace AmazonSalesRegression.Tests.Data.Loading;

/// <summary>A small hand-written sales CSV (four rows over two days) and variants with one cell changed.</summary>
internal static class SalesFixture
{
    public const string Source = "sales.csv";

    private static readonly string[][] Rows =
    [
        [
            "2024-07-16",
            "ELEC-001",
            "Electronics",
            "FBA",
            "49.99",
            "44.99",
            "5.00",
            "47.50",
            "12.30",
            "4.10",
            "2.05",
            "310",
            "452",
            "4.4",
            "1287",
            "1",
            "1",
            "0",
            "0",
            "21",
            "944.79",
            "75.58",
        ],
        [
            "2024-07-16",
            "HOME-002",
            "\"Home, Kitchen\"",
            "FBM",
            "19.99",
            "19.99",
            "0.00",
            "21.00",
            "3.00",
            "0.00",
            "1.10",
            "95",
            "120",
            "3.9",
            "210",
            "1",
            "1",
            "0",
            "0",
            "6",
            "119.94",
            "17.99",
        ],
        [
            "2024-07-17",
            "ELEC-001",
            "Electronics",
            "FBA",
            "49.99",
            "49.99",
            "0",
            "48.10",
            "10.00",
            "4.00",
            "2.00",
            "280",
            "401",
            "4.4",
            "1290",
            "0",
            "0",
            "0",
            "0",
            "0",
            "0",
            "0",
        ],
        [
            "2024-07-17",
            "HOME-002",
            "\"Home, Kitchen\"",
            "FBM",
            "19.99",
            "17.99",
            "2.00",
            "18.50",
            "0",
            "0",
            "0",
            "140",
            "170",
            "4.0",
            "212",
            "1",
            "0",
            "0",
            "1",
            "9",
            "161.91",
            "14.39",
        ],
    ];

    /// <summary>The first row as the record it must load into.</summary>
    public static SalesRecord FirstRecord { get; } =
        new(
            new DateOnly(2024, 7, 16),
            "ELEC-001",
            "Electronics",
            "FBA",
            49.99,
            44.99,
            5.00,
            47.50,
            12.30,
            4.10,
            2.05,
            310,
            452,
            4.4,
            1287,
            true,
            true,
            false,
            false,
            21,
            944.79,
            75.58
        );

    /// <summary>The whole file, CRLF line endings, final newline.</summary>
    public static string Text => Build(Rows);

    /// <summary>The file with the cell of <paramref name="column"/> in 0-based data row <paramref name="row"/> replaced.</summary>
    public static string With(int row, string column, string value)
    {
        var rows = Rows.Select(r => (string[])r.Clone()).ToArray();
        rows[row][IndexOf(column)] = value;
        return Build(rows);
    }

    /// <summary>1-based column number of <paramref name="column"/> in the file.</summary>
    public static int ColumnNumber(string column) => IndexOf(column) + 1;

    private static int IndexOf(string column) => SalesColumns.All.ToList().IndexOf(column);

    private static string Build(IEnumerable<string[]> rows) =>
        string.Join(",", SalesColumns.All) + "\r\n" + string.Concat(rows.Select(r => string.Join(",", r) + "\r\n"));
}
