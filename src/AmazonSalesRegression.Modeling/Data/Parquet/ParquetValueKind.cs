namespace AmazonSalesRegression.Data.Parquet;

/// <summary>The kinds of Parquet column values the reader accepts, each held in one array type.</summary>
internal enum ParquetValueKind
{
    /// <summary>Floating-point or decimal numbers (<c>float</c>, <c>double</c>, <c>decimal</c>), held as doubles.</summary>
    Floating,

    /// <summary>Whole numbers (8 to 64 bits, signed or not), held as 64-bit integers.</summary>
    Integer,

    /// <summary>Booleans.</summary>
    Boolean,

    /// <summary>Calendar dates (the <c>DATE</c> logical type).</summary>
    Date,

    /// <summary>UTF-8 text (the <c>STRING</c> logical type).</summary>
    Text,
}
