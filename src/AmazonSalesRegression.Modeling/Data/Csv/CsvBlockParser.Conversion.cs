using System.Runtime.CompilerServices;
using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Data.Csv;

internal sealed partial class CsvBlockParser
{
    // Parses every schema column of a record straight from its field text into the column's builder; returns the
    // record's error, if any.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private DataFormatException? ConvertRecord(CsvRecord record, int row)
    {
        if (record.FieldCount != _header.Names.Count)
        {
            return CsvErrors.Ragged(_header.Source, record.Line, _header.Names, record.FieldCount);
        }

        for (var j = 0; j < Builders.Length; j++)
        {
            var field = _fieldOfColumn[j];
            if (TextEvidence?[j] is not null)
            {
                Builders[j].SetDefault(row);
            }
            else if (Builders[j].TryParse(record[field], row) is { } problem)
            {
                if (TextEvidence is null)
                {
                    return new DataFormatException(_header.Source, record.FieldLine(field), field + 1, _header.Names[field], problem);
                }

                var text = record[field];
                Builders[j].SetDefault(row);
                TextEvidence[j] =
                    $"line {record.FieldLine(field)} has {(text.IsWhiteSpace() ? "an empty value" : CsvErrors.Show(text))}, which is not a finite number";
            }
        }

        for (var r = 0; r < _ruleFields.Length; r++)
        {
            if (_schema.Rules[r].Check(new CsvRowValues(_schema, Builders, row)) is { } problem)
            {
                var field = _ruleFields[r];
                return new DataFormatException(_header.Source, record.FieldLine(field), field + 1, _header.Names[field], problem);
            }
        }

        return null;
    }
}
