namespace AmazonSalesRegression.Engine.Output;

/// <summary>
/// Installs, once per process, console writers and a reader that send a cell's console traffic to that cell's
/// <see cref="ICellOutput"/> (found through <see cref="CellContext.Current"/>) and everything else to the host's
/// original console, so the host's own logging is never captured. Hosts that configure the console must do so before
/// the first session is created: a cell that replaces <see cref="Console.Out"/>, <see cref="Console.Error"/> or
/// <see cref="Console.In"/> only does so until it ends, when the routing is put back.
/// </summary>
internal static class ConsoleRouting
{
    private static readonly Lock s_gate = new();
    private static RoutedTextWriter? s_out;
    private static RoutedTextWriter? s_error;
    private static RoutedTextReader? s_in;
    private static (TextWriter Out, TextWriter Error, TextReader In)? s_installed;

    /// <summary>Routes the console, or restores the routing a cell replaced; cheap when nothing changed.</summary>
    public static void EnsureInstalled()
    {
        lock (s_gate)
        {
            if (
                s_installed is { } installed
                && ReferenceEquals(Console.Out, installed.Out)
                && ReferenceEquals(Console.Error, installed.Error)
                && ReferenceEquals(Console.In, installed.In)
            )
            {
                return;
            }

            s_out ??= new RoutedTextWriter(Console.Out, isError: false);
            s_error ??= new RoutedTextWriter(Console.Error, isError: true);
            s_in ??= new RoutedTextReader(Console.In);
            Console.SetOut(s_out);
            Console.SetError(s_error);
            Console.SetIn(s_in);
            s_installed = (Console.Out, Console.Error, Console.In);
        }
    }
}
