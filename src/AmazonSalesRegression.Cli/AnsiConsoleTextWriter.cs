using System.Text;
using Spectre.Console;

namespace AmazonSalesRegression.Cli;

/// <summary>Routes plain text (help, version) to the Spectre console so that tests capture all output in one place.</summary>
internal sealed class AnsiConsoleTextWriter(IAnsiConsole console) : TextWriter
{
    /// <inheritdoc />
    public override Encoding Encoding => Encoding.UTF8;

    /// <inheritdoc />
    public override void Write(char value) => console.Profile.Out.Writer.Write(value);

    /// <inheritdoc />
    public override void Write(string? value) => console.Profile.Out.Writer.Write(value);
}
