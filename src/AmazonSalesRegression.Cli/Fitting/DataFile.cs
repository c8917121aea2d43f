namespace AmazonSalesRegression.Cli.Fitting;

/// <summary>The check every <c>fit</c> path makes before it opens <c>--data</c>.</summary>
internal static class DataFile
{
    /// <summary>Throws unless <paramref name="path"/> names an existing file.</summary>
    /// <param name="path">The <c>--data</c> path.</param>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="CourseStepException">The path names a folder.</exception>
    public static void Require(string path)
    {
        if (Directory.Exists(path))
        {
            throw new CourseStepException($"{path}: is a folder; --data expects a CSV or Parquet file.");
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: file not found.", path);
        }
    }
}
