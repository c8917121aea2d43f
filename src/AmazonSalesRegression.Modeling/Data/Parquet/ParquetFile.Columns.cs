using System.Globalization;
using AmazonSalesRegression.Features.Tabular;
using Parquet;
using Parquet.Schema;

namespace AmazonSalesRegression.Data.Parquet;

internal static partial class ParquetFile
{
    /// <summary>
    /// The kind of values a column of CLR type <paramref name="type"/> (as Parquet.Net reads it; strings are
    /// <see cref="ReadOnlyMemory{T}"/> of char) holds, or null when unsupported.
    /// </summary>
    private static ParquetValueKind? KindOf(Type type) =>
        type == typeof(double) || type == typeof(float) || type == typeof(decimal) ? ParquetValueKind.Floating
        : type == typeof(long) || type == typeof(int) || type == typeof(short) || type == typeof(sbyte) ? ParquetValueKind.Integer
        : type == typeof(ulong) || type == typeof(uint) || type == typeof(ushort) || type == typeof(byte) ? ParquetValueKind.Integer
        : type == typeof(bool) ? ParquetValueKind.Boolean
        : type == typeof(DateOnly) ? ParquetValueKind.Date
        : type == typeof(string) || type == typeof(ReadOnlyMemory<char>) ? ParquetValueKind.Text
        : null;

    /// <summary>The Parquet type of a column read as CLR type <paramref name="type"/>, as messages name it.</summary>
    private static string Describe(Type type) =>
        Type.GetTypeCode(type) switch
        {
            TypeCode.Double => "double",
            TypeCode.Single => "float",
            TypeCode.Decimal => "decimal",
            TypeCode.Int64 => "int64",
            TypeCode.Int32 => "int32",
            TypeCode.Int16 => "int16",
            TypeCode.SByte => "int8",
            TypeCode.UInt64 => "uint64",
            TypeCode.UInt32 => "uint32",
            TypeCode.UInt16 => "uint16",
            TypeCode.Byte => "uint8",
            TypeCode.Boolean => "boolean",
            TypeCode.String => "string",
            TypeCode.DateTime => "timestamp",
            _ when type == typeof(DateOnly) => "date",
            _ when type == typeof(ReadOnlyMemory<char>) => "string",
            _ when type == typeof(TimeSpan) || type == typeof(TimeOnly) => "time",
            _ when type == typeof(byte[]) || type == typeof(ReadOnlyMemory<byte>) => "binary",
            _ => type.Name,
        };

    private static async Task<ParquetColumn> ReadColumnAsync(ParquetReader reader, DataField field, string path, int position, int rows)
    {
        var type = field.ClrType;
        var name = Describe(type);
        var kind = KindOf(type)!.Value;
        (Array Values, bool[]? Nulls) read = Type.GetTypeCode(type) switch
        {
            TypeCode.Double => await ReadAsync<double, double>(reader, field, rows, v => v).ConfigureAwait(false),
            TypeCode.Single => await ReadAsync<float, double>(reader, field, rows, v => v).ConfigureAwait(false),
            TypeCode.Decimal => await ReadAsync<decimal, double>(reader, field, rows, v => (double)v).ConfigureAwait(false),
            TypeCode.Int64 => await ReadAsync<long, long>(reader, field, rows, v => v).ConfigureAwait(false),
            TypeCode.Int32 => await ReadAsync<int, long>(reader, field, rows, v => v).ConfigureAwait(false),
            TypeCode.Int16 => await ReadAsync<short, long>(reader, field, rows, v => v).ConfigureAwait(false),
            TypeCode.SByte => await ReadAsync<sbyte, long>(reader, field, rows, v => v).ConfigureAwait(false),
            TypeCode.UInt64 => await ReadAsync<ulong, long>(reader, field, rows, v => UnsignedToInt64(v, path, field.Name))
                .ConfigureAwait(false),
            TypeCode.UInt32 => await ReadAsync<uint, long>(reader, field, rows, v => v).ConfigureAwait(false),
            TypeCode.UInt16 => await ReadAsync<ushort, long>(reader, field, rows, v => v).ConfigureAwait(false),
            TypeCode.Byte => await ReadAsync<byte, long>(reader, field, rows, v => v).ConfigureAwait(false),
            TypeCode.Boolean => await ReadAsync<bool, bool>(reader, field, rows, v => v).ConfigureAwait(false),
            _ when kind == ParquetValueKind.Text => await ReadTextAsync(reader, field, rows).ConfigureAwait(false),
            _ => await ReadAsync<DateOnly, DateOnly>(reader, field, rows, v => v).ConfigureAwait(false),
        };
        return ParquetColumn.Create(field.Name, position, name, kind, read.Values, read.Nulls);
    }

    private static long UnsignedToInt64(ulong value, string path, string column) =>
        value <= long.MaxValue
            ? (long)value
            : throw new DataFormatException(
                path,
                null,
                null,
                column,
                string.Create(CultureInfo.InvariantCulture, $"expected whole numbers up to {long.MaxValue}, found {value}.")
            );

    // Every row group's values, converted to TOut; nulls (of a nullable column) are default(TOut) with their flag set.
    private static async Task<(Array, bool[]?)> ReadAsync<T, TOut>(ParquetReader reader, DataField field, int rows, Func<T, TOut> convert)
        where T : struct
    {
        var values = new TOut[rows];
        var nulls = field.IsNullable ? new bool[rows] : null;
        var offset = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var count = checked((int)group.RowCount);
            if (nulls is null)
            {
                var buffer = new T[count];
                await group.ReadAsync<T>(field, buffer.AsMemory()).ConfigureAwait(false);
                for (var i = 0; i < count; i++)
                {
                    values[offset + i] = convert(buffer[i]);
                }
            }
            else
            {
                var buffer = new T?[count];
                await group.ReadAsync<T>(field, buffer.AsMemory()).ConfigureAwait(false);
                for (var i = 0; i < count; i++)
                {
                    if (buffer[i] is { } value)
                    {
                        values[offset + i] = convert(value);
                    }
                    else
                    {
                        nulls[offset + i] = true;
                    }
                }
            }

            offset += count;
        }

        return (values, nulls);
    }

    private static async Task<(Array, bool[]?)> ReadTextAsync(ParquetReader reader, DataField field, int rows)
    {
        var read = new string?[rows];
        var offset = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var count = checked((int)group.RowCount);
            await group.ReadAsync(field, read.AsMemory(offset, count)).ConfigureAwait(false);
            offset += count;
        }

        var values = new string[rows];
        bool[]? nulls = null;
        for (var row = 0; row < rows; row++)
        {
            if (read[row] is { } text)
            {
                values[row] = text;
            }
            else
            {
                nulls ??= new bool[rows];
                nulls[row] = true;
                values[row] = string.Empty;
            }
        }

        return (values, nulls);
    }
}
