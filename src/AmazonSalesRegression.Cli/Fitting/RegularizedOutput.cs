using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AmazonSalesRegression.Cli.Fitting;

/// <summary>
/// The output of <c>fit --model ridge|lasso|elasticnet</c>: a JSON document with fixed field names
/// (<c>model, lambda, l1Ratio, intercept, coefficients[name, estimate], rowsDropped[count, lines]</c>, plus <c>lambdaMin, lambda1se,
/// path[lambda, cvMean, cvStdError, nonZero]</c> with <c>--cv</c>), numbers round-trip exact, or a small text table.
/// </summary>
internal static class RegularizedOutput
{
    /// <summary>Writes the JSON document, indented, with a final newline.</summary>
    public static string Json(RegularizedOutcome outcome)
    {
        var fit = outcome.Fit;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("model", outcome.Regularization.ModelName);
            json.WriteNumber("lambda", fit.Lambda);
            json.WriteNumber("l1Ratio", fit.L1Ratio);
            json.WriteNumber("intercept", fit.Intercept);
            json.WriteStartArray("coefficients");
            for (var j = 0; j < fit.Names.Count; j++)
            {
                json.WriteStartObject();
                json.WriteString("name", fit.Names[j]);
                json.WriteNumber("estimate", fit.Coefficients[j]);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            FitJson.WriteRowsDropped(json, outcome.Dropped);
            if (outcome.CrossValidation is { } cv)
            {
                json.WriteNumber("lambdaMin", cv.LambdaMin);
                json.WriteNumber("lambda1se", cv.Lambda1se);
                json.WriteStartArray("path");
                for (var k = 0; k < cv.Lambdas.Count; k++)
                {
                    json.WriteStartObject();
                    json.WriteNumber("lambda", cv.Lambdas[k]);
                    json.WriteNumber("cvMean", cv.CvMean[k]);
                    json.WriteNumber("cvStdError", cv.CvStdError[k]);
                    json.WriteNumber("nonZero", cv.Path.NonZero[k]);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>Writes a text table of the coefficients, headed by model, λ and l1-ratio (and λ_min, λ_1se with CV).</summary>
    public static string Text(RegularizedOutcome outcome)
    {
        var fit = outcome.Fit;
        var text = new StringBuilder();
        if (outcome.Dropped.Note is { } dropped)
        {
            text.AppendLine(dropped);
        }

        text.AppendLine(
            CultureInfo.InvariantCulture,
            $"Model: {outcome.Regularization.ModelName}   lambda: {fit.Lambda:G6}   l1-ratio: {fit.L1Ratio:G6}"
        );
        if (outcome.CrossValidation is { } cv)
        {
            text.AppendLine(
                CultureInfo.InvariantCulture,
                $"{cv.CvMean.Count}-point path, {outcome.Regularization.CvFolds}-fold CV: lambda.min {cv.LambdaMin:G6} (CV MSE {cv.MinError:G6}), lambda.1se {cv.Lambda1se:G6}"
            );
        }

        var width = Math.Max(11, fit.Names.Max(n => n.Length));
        text.AppendLine(CultureInfo.InvariantCulture, $"{"term".PadRight(width)}  {"estimate", 14}");
        text.AppendLine(CultureInfo.InvariantCulture, $"{"(Intercept)".PadRight(width)}  {fit.Intercept, 14:G8}");
        for (var j = 0; j < fit.Names.Count; j++)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{fit.Names[j].PadRight(width)}  {fit.Coefficients[j], 14:G8}");
        }

        return text.ToString();
    }
}
