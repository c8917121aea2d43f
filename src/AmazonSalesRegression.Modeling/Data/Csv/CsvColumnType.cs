namespace AmazonSalesRegression.Data.Csv;

/// <summary>The type of the values of one CSV column, and so the array type it is stored in.</summary>
public enum CsvColumnType
{
    /// <summary>
    /// A floating-point number in invariant culture (<c>12.5</c>, <c>-3</c>, <c>1e-4</c>), stored as <see cref="double"/>.
    /// Surrounding spaces are tolerated; thousands separators and decimal commas are not.
    /// </summary>
    Double,

    /// <summary>A whole number (<c>42</c>, <c>-7</c>), stored as <see cref="int"/>. Surrounding spaces are tolerated.</summary>
    Int32,

    /// <summary>A flag written <c>0</c>/<c>1</c> (or <c>true</c>/<c>false</c>, any case), stored as <see cref="bool"/>.</summary>
    Boolean01,

    /// <summary>A calendar day written exactly <c>yyyy-MM-dd</c>, stored as <see cref="DateOnly"/>.</summary>
    Date,

    /// <summary>Free text, stored as <see cref="string"/> exactly as written (no trimming).</summary>
    String,

    /// <summary>
    /// Text with few distinct values (a category label), stored as <see cref="string"/> exactly as written;
    /// equal values share one string instance, so a column of repeated labels costs one reference per row.
    /// </summary>
    Category,
}
