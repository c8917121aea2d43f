namespace AmazonSalesRegression.Engine.Output;

/// <summary>
/// Installs, once per process, console writers and a reader that send a cell's console traffic to that cell's
/// <see cref="ICellOutput"/> (found through <see cref="CellContext.Current"/>) and everything else to the host's
/// original console, so the host's own logging is never captured.
/// </summary>
internal static class ConsoleRouting
{
    private static readonly Lock s_gate = new();
    private static bool s_installed;

    /// <summary>Routes <see cref="Console.Out"/>, <see cref="Console.Error"/> and <see cref="Console.In"/>; idempotent.</summary>
    public static void EnsureInstalled()
    {
        lock (s_gate)
        {
            if (s_installed)
            {
                return;
            }

            Console.SetOut(new RoutedTextWriter(Console.Out, isError: false));
            Console.SetError(new RoutedTextWriter(Console.Error, isError: true));
            Console.SetIn(new RoutedTextReader(Console.In));
            s_installed = true;
        }
    }
}
