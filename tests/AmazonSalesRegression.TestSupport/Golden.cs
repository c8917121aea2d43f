using System.Collections.Concurrent;
using System.Text.Json;

namespace AmazonSalesRegression.TestSupport;

/// <summary>
/// Golden files: reference results written by statsmodels, R, glmnet or scikit-learn, committed with the script that
/// produced them in a <c>Golden</c> folder beside the tests that read them. Paths are relative to <c>tests/</c>.
/// </summary>
public static class Golden
{
    private static readonly ConcurrentDictionary<string, JsonElement> s_documents = new(StringComparer.Ordinal);

    /// <summary>The full path of a golden file or folder.</summary>
    /// <param name="parts">The test project's folder, then the folders and file below it.</param>
    public static string Path(params string[] parts) => Repository.Path(["tests", .. parts]);

    /// <summary>The root element of a golden JSON file, parsed once per test run.</summary>
    /// <param name="parts">The test project's folder, then the folders and file below it.</param>
    public static JsonElement Json(params string[] parts) =>
        s_documents.GetOrAdd(Path(parts), static path => JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone());
}
