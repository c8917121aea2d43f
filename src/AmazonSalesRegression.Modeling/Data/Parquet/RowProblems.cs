using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Data.Parquet;

/// <summary>The first problem of each bad row of a Parquet read (the one in the leftmost column), located at its row.</summary>
internal sealed class RowProblems
{
    private readonly string _source;
    private readonly DataFormatException?[] _byRow;
    private readonly int[] _position;

    /// <summary>Creates an empty record for <paramref name="rowCount"/> rows of <paramref name="source"/>.</summary>
    public RowProblems(string source, int rowCount)
    {
        _source = source;
        _byRow = new DataFormatException?[rowCount];
        _position = new int[rowCount];
    }

    /// <summary>Whether any row has a problem.</summary>
    public bool Any { get; private set; }

    /// <summary>Whether row <paramref name="row"/> (0-based) has a problem.</summary>
    public bool Has(int row) => _byRow[row] is not null;

    /// <summary>Records a problem at row <paramref name="row"/> (0-based) of the column at <paramref name="position"/>, unless one to its left is known.</summary>
    /// <param name="row">0-based row.</param>
    /// <param name="position">1-based position of the column in the file.</param>
    /// <param name="column">Column name.</param>
    /// <param name="problem">What was expected and found.</param>
    public void Add(int row, int position, string column, string problem)
    {
        if (_byRow[row] is null || position < _position[row])
        {
            _byRow[row] = DataFormatException.AtRow(_source, row + 1, position, column, problem);
            _position[row] = position;
            Any = true;
        }
    }

    /// <summary>The problems in row order.</summary>
    public IReadOnlyList<DataFormatException> InRowOrder() => [.. _byRow.OfType<DataFormatException>()];
}
