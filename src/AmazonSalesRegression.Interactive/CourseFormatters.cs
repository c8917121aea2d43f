using System.Runtime.CompilerServices;
using AmazonSalesRegression.Engine.Formatting;
using Microsoft.DotNet.Interactive.Formatting;

namespace AmazonSalesRegression.Interactive;

/// <summary>
/// The course's formatters for the official .NET Interactive kernel: Plotly.NET charts, DataFrames, Deedle frames and
/// series and the course's summaries (OLS and other objects with <c>ToHtml()</c>) are shown with the bundles the course's
/// own kernel gives them (<see cref="DisplayFormatter"/>), so a notebook looks the same in Polyglot Notebooks.
/// <c>CourseNotebook.Initialize()</c> in each notebook's setup cell calls <see cref="Register"/> when it runs under .NET Interactive.
/// </summary>
public static class CourseFormatters
{
    private static int s_registered;

    /// <summary>
    /// Lets the course's F# dependencies bind to the host's FSharp.Core (<see cref="FSharpCoreBinding"/>), then registers
    /// the formatters and their preferred MIME types with <see cref="Formatter"/>. Calling it again does nothing.
    /// </summary>
    public static void Register()
    {
        FSharpCoreBinding.Install();
        if (Interlocked.Exchange(ref s_registered, 1) == 0)
        {
            RegisterFormatters();
        }
    }

    // A separate method, so that the JIT meets Plotly.NET's and Deedle's F# types only after the binding is installed.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RegisterFormatters()
    {
        var display = new DisplayFormatter();
        foreach (var displayed in DisplayedTypes.All)
        {
            var bundles = new BundleSource(display, displayed.MimeTypes);
            foreach (var mimeType in displayed.MimeTypes)
            {
                Formatter.Register(new BundleEntryFormatter(displayed.Type, mimeType, bundles));
            }

            Formatter.SetPreferredMimeTypesFor(displayed.Type, [.. displayed.MimeTypes]);
        }
    }
}
