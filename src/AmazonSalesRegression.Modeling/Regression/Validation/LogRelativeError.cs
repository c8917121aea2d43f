namespace AmazonSalesRegression.Regression.Validation;

/// <summary>
/// The log relative error LRE = −log₁₀(|x − c|/|c|), the number of correct significant digits of x against a
/// certified value c, as used to assess statistical software on NIST StRD. Where c = 0 the absolute error is
/// used instead, LRE = −log₁₀|x|. The value is capped at <see cref="Cap"/> (certified values carry 15 digits);
/// an exact match gives the cap and NaN gives 0.
/// </summary>
// References:
//   B. D. McCullough, "Assessing the reliability of statistical software: Part I", Amer. Statist. 52(4) (1998)
//     358-366.
public static class LogRelativeError
{
    /// <summary>The largest LRE reported.</summary>
    public const double Cap = 15.0;

    /// <summary>Computes the LRE of <paramref name="estimate"/> against <paramref name="certified"/>.</summary>
    /// <param name="estimate">Computed value.</param>
    /// <param name="certified">Certified value.</param>
    /// <returns>Correct significant digits in [0, <see cref="Cap"/>].</returns>
    public static double Compute(double estimate, double certified)
    {
        if (double.IsNaN(estimate) || double.IsInfinity(estimate))
        {
            return 0.0;
        }

        var error = certified == 0.0 ? Math.Abs(estimate) : Math.Abs(estimate - certified) / Math.Abs(certified);
        return error == 0.0 ? Cap : Math.Clamp(-Math.Log10(error), 0.0, Cap);
    }
}
