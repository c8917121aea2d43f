using Xunit.Sdk;

namespace AmazonSalesRegression.TestSupport;

/// <summary>
/// The check shared by the robustness properties: running the code under test either succeeds or throws the one
/// documented exception type, located as its contract says; anything else fails the property with the real exception.
/// </summary>
public static class OnlyExpected
{
    /// <summary>Runs <paramref name="act"/>; fails unless it returns or throws <typeparamref name="TAllowed"/> for which <paramref name="located"/> holds.</summary>
    public static void Throws<TAllowed>(Action act, Func<TAllowed, bool> located)
        where TAllowed : Exception
    {
        try
        {
            act();
        }
        catch (TAllowed allowed)
        {
            if (!located(allowed))
            {
                throw new XunitException($"{typeof(TAllowed).Name} without its location: {allowed.Message}");
            }
        }
        catch (Exception other) when (other is not XunitException)
        {
            throw new XunitException($"Expected only {typeof(TAllowed).Name}, but got {other.GetType().FullName}: {other.Message}", other);
        }
    }
}
