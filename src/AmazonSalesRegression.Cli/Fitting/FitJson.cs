using System.Text;
using System.Text.Json;
using AmazonSalesRegression.Regression;

namespace AmazonSalesRegression.Cli.Fitting;

/// <summary>
/// The JSON document of <c>fit --format json</c>. Field names are fixed (scripts rely on them); numbers are written
/// round-trip exact; values that are not numbers (an aliased coefficient, F without regressors) are <c>null</c>.
/// The coefficient table (<c>stdError, t, p, ciLower, ciUpper</c>) and <c>fStatistic, fPValue</c> follow
/// <c>covType</c>; <c>t</c> holds a z statistic when <c>useT</c> is false. <c>clusterCount</c> is written only for
/// <c>cluster</c>, <c>formula</c> only for a formula fit.
/// </summary>
internal static class FitJson
{
    /// <summary>Writes the document, indented, with a final newline.</summary>
    /// <param name="outcome">The fit.</param>
    public static string Write(FitOutcome outcome)
    {
        var inference = outcome.Inference;
        var model = inference.Summary.Model;
        var fit = model.Statistics;
        var diagnostics = inference.Summary.Diagnostics;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("model", "ols");
            json.WriteString("target", model.ResponseName);
            json.WriteNumber("n", fit.Observations);
            json.WriteBoolean("intercept", outcome.HasIntercept);
            json.WriteStartArray("coefficients");
            foreach (var c in inference.Coefficients)
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
            Number(json, "fStatistic", inference.FStatistic);
            Number(json, "fPValue", inference.FPValue);
            Number(json, "logLikelihood", fit.LogLikelihood);
            Number(json, "aic", fit.GetAic(InformationCriterionConvention.Statsmodels));
            Number(json, "bic", fit.GetBic(InformationCriterionConvention.Statsmodels));
            Number(json, "durbinWatson", diagnostics.DurbinWatson);
            Number(json, "jarqueBera", diagnostics.JarqueBera.Statistic);
            Number(json, "jarqueBeraP", diagnostics.JarqueBera.PValue);
            Number(json, "conditionNumber", diagnostics.ConditionNumber);
            WriteAdditions(json, outcome);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    // The fields added with formulas, robust covariances and missing values (issue 15), after the original ones.
    private static void WriteAdditions(Utf8JsonWriter json, FitOutcome outcome)
    {
        json.WriteString("covType", outcome.Inference.CovarianceType);
        json.WriteBoolean("useT", outcome.Inference.UseT);
        if (outcome.Inference.ClusterCount is { } groups)
        {
            json.WriteNumber("clusterCount", groups);
        }

        if (outcome.Request.Formula is { } formula)
        {
            json.WriteString("formula", formula);
        }

        WriteRowsDropped(json, outcome.Dropped);
        json.WriteStartArray("aliased");
        foreach (var name in outcome.Inference.Summary.Model.AliasedColumns)
        {
            json.WriteStringValue(name);
        }

        json.WriteEndArray();
    }

    /// <summary>Writes <c>"rowsDropped": {"count": n, "lines": [first ten lines]}</c> (Parquet: <c>"rows": [first ten row numbers]</c>).</summary>
    public static void WriteRowsDropped(Utf8JsonWriter json, DroppedRows dropped)
    {
        json.WriteStartObject("rowsDropped");
        json.WriteNumber("count", dropped.Count);
        json.WriteStartArray(dropped.Word + "s");
        foreach (var line in dropped.FirstLines)
        {
            json.WriteNumberValue(line);
        }

        json.WriteEndArray();
        json.WriteEndObject();
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
