using System.Globalization;
using System.Text.RegularExpressions;
using AmazonSalesRegression.Features.Tabular;

namespace AmazonSalesRegression.Regression.Validation;

/// <summary>
/// Reads NIST StRD linear regression files (<c>.dat</c>, CRLF or LF). The header states where the blocks are
/// ("Certified Values (lines 31 to 55)", "Data (lines 61 to 142)"); the certified block holds one line per
/// parameter (name, estimate, standard deviation), the residual standard deviation and R-squared; the data
/// block holds one observation per line, the response first.
/// </summary>
public static partial class NistStrdParser
{
    /// <summary>Parses a file; the data set is named after the file.</summary>
    /// <param name="path">Path of the <c>.dat</c> file.</param>
    /// <returns>The data set.</returns>
    /// <exception cref="DataFormatException">The file does not follow the StRD layout.</exception>
    public static NistStrdDataset ParseFile(string path) => Parse(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path), path);

    /// <summary>Parses the text of a file.</summary>
    /// <param name="name">Name of the data set.</param>
    /// <param name="text">The file contents.</param>
    /// <param name="source">Where the text came from, for error messages.</param>
    /// <returns>The data set.</returns>
    /// <exception cref="DataFormatException">The text does not follow the StRD layout.</exception>
    public static NistStrdDataset Parse(string name, string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var (certifiedFirst, certifiedLast) = Range(lines, "Certified Values", source);
        var (dataFirst, dataLast) = Range(lines, "Data", source);

        var parameters = new List<NistCertifiedParameter>();
        double? residualSd = null;
        double? rSquared = null;
        for (var number = certifiedFirst; number <= certifiedLast; number++)
        {
            var line = lines[number - 1];
            var parameter = ParameterLine().Match(line);
            if (parameter.Success)
            {
                parameters.Add(
                    new NistCertifiedParameter(
                        parameter.Groups[1].Value,
                        Number(parameter.Groups[2].Value, source, number, "estimate"),
                        Number(parameter.Groups[3].Value, source, number, "standard deviation")
                    )
                );
                continue;
            }

            var labelled = LabelledLine().Match(line);
            if (labelled.Success && labelled.Groups[1].Value == "Standard Deviation")
            {
                residualSd = Number(labelled.Groups[2].Value, source, number, "residual standard deviation");
            }
            else if (labelled.Success)
            {
                rSquared = Number(labelled.Groups[2].Value, source, number, "R-squared");
            }
        }

        if (parameters.Count == 0 || residualSd is null || rSquared is null)
        {
            throw new DataFormatException(
                source,
                certifiedFirst,
                null,
                null,
                $"lines {certifiedFirst}-{certifiedLast} should hold the parameters, the residual standard deviation and R-squared."
            );
        }

        var rows = new List<double[]>();
        for (var number = dataFirst; number <= dataLast; number++)
        {
            var fields = lines[number - 1].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (rows.Count > 0 && fields.Length != rows[0].Length)
            {
                throw new DataFormatException(
                    source,
                    number,
                    null,
                    null,
                    $"expected {rows[0].Length} numbers like the first data line, found {fields.Length}."
                );
            }

            rows.Add(fields.Select((f, k) => Number(f, source, number, k == 0 ? "y" : $"x{k}")).ToArray());
        }

        var predictors = Enumerable.Range(1, rows[0].Length - 1).Select(k => rows.Select(r => r[k]).ToArray()).ToArray();
        return new NistStrdDataset(name, parameters, residualSd.Value, rSquared.Value, rows.Select(r => r[0]).ToArray(), predictors);
    }

    private static (int First, int Last) Range(string[] lines, string block, string source)
    {
        var pattern = new Regex(Regex.Escape(block) + @"\s*\(lines\s+(\d+)\s+to\s+(\d+)\)", RegexOptions.CultureInvariant);
        for (var i = 0; i < lines.Length; i++)
        {
            var match = pattern.Match(lines[i]);
            if (match.Success)
            {
                var first = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                var last = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
                if (first < 1 || last < first || last > lines.Length)
                {
                    throw new DataFormatException(
                        source,
                        i + 1,
                        null,
                        block,
                        $"the range lines {first} to {last} lies outside the file ({lines.Length} lines)."
                    );
                }

                return (first, last);
            }
        }

        throw new DataFormatException(source, null, null, block, $"the header should state '{block} (lines a to b)'.");
    }

    private static double Number(string text, string source, int line, string field) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new DataFormatException(source, line, null, field, $"'{text}' is not a number.");

    [GeneratedRegex(@"^\s*(B\d+)\s+(\S+)\s+(\S+)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterLine();

    [GeneratedRegex(@"^\s*(Standard Deviation|R-Squared)\s+(\S+)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelledLine();
}
