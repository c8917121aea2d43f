namespace AmazonSalesRegression.Engine.Scripting;

/// <summary>
/// The members every cell can use without qualification, as in .NET Interactive: <c>display(value)</c>,
/// <c>HTML(markup)</c>, input helpers, and the interrupt <see cref="CancellationToken"/>.
/// </summary>
public sealed class CellGlobals
{
    internal CellGlobals() { }

    /// <summary>Signalled when the user interrupts the running cell; long loops should check it.</summary>
    public CancellationToken CancellationToken => Output.CellContext.Current?.CancellationToken ?? CancellationToken.None;

    /// <summary>Shows <paramref name="value"/> now, optionally only as <paramref name="mimeTypes"/> (plus <c>text/plain</c>).</summary>
    /// <returns>A handle whose <see cref="DisplayHandle.Update"/> replaces the shown value.</returns>
    public DisplayHandle display(object? value, params string[] mimeTypes) => value.Display(mimeTypes);

    /// <summary>Markup that displays as HTML, e.g. <c>HTML("&lt;b&gt;bold&lt;/b&gt;")</c>.</summary>
    public HtmlContent HTML(string markup) => new(markup);

    /// <summary>Asks the user for a line of text through the front end.</summary>
    /// <exception cref="InvalidOperationException">The front end cannot ask (for example the headless runner).</exception>
    public Task<string> GetInputAsync(string prompt = "") => Ask(prompt, password: false);

    /// <summary>Asks the user for a secret through the front end; the typed text is not echoed.</summary>
    /// <exception cref="InvalidOperationException">The front end cannot ask (for example the headless runner).</exception>
    public Task<string> GetPasswordAsync(string prompt = "") => Ask(prompt, password: true);

    private static Task<string> Ask(string prompt, bool password)
    {
        var cell = CellScope.Require();
        var target = cell.Target ?? throw new InvalidOperationException("This cell was interrupted; it can no longer read input.");
        return target.ReadInputAsync(prompt, password, cell.CancellationToken);
    }
}
