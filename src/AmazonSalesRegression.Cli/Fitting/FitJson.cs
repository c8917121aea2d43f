using System.Text;
using System.Text.Json;

namespace AmazonSalesRegression.Cli.Fitting;

/// <summary>
/// The JSON document of <c>fit --format json</c>. Field names are fixed (scripts rely on them); numbers are written
/// round-trip exact; values that are not numbers (an aliased coefficient, F without regressors) are <c>null</c>.
/// </summary>
internal static class FitJson
{
    /// <summary>Writes the document, indented, with a final newline.</summary>
    public static string Write(FitOutcome outcome)
    {
        var fit = outcome.Result;
        var diagnostics = fit.GetResidualDiagnostics();
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("model", "ols");
            json.WriteString("target", outcome.Request.Target);
            json.WriteNumber("n", fit.Observations);
            json.WriteBoolean("intercept", fit.HasIntercept);
            json.WriteStartArray("coefficients");
            foreach (var c in fit.Coefficients)
            {
                json.WriteStartObject();
                json.WriteString("name", c.Name);
                Number(json, "estimate", c.Estimate);
                Number(json, "stdError", c.StandardError);
                Number(json, "t", c.Statistic);
                Number(json, "p", c.PValue);
                Number(json, "ciLower", c.ConfidenceLower);
                Number(json, "ciUpper", c.ConfidenceUpper);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            Number(json, "rSquared", fit.RSquared);
            Number(json, "adjRSquared", fit.AdjustedRSquared);
            Number(json, "residualStdError", fit.ResidualStandardError);
            json.WriteNumber("dfResidual", fit.DegreesOfFreedomResidual);
            Number(json, "fStatistic", fit.FStatistic);
            Number(json, "fPValue", fit.FPValue);
            Number(json, "logLikelihood", fit.LogLikelihood);
            Number(json, "aic", fit.Aic);
            Number(json, "bic", fit.Bic);
            Number(json, "durbinWatson", diagnostics.DurbinWatson);
            Number(json, "jarqueBera", diagnostics.JarqueBera.Statistic);
            Number(json, "jarqueBeraP", diagnostics.JarqueBera.PValue);
            Number(json, "conditionNumber", diagnostics.ConditionNumber);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void Number(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
