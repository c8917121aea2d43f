using System.Text;
using AmazonSalesRegression.Engine.Scripting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace AmazonSalesRegression.Engine.Sessions;

/// <summary>
/// Turns cells into a chain of C# script compilations (<see cref="CSharpCompilation.CreateScriptCompilation"/>), each
/// continuing the previous one, with the options Roslyn's scripting API uses (latest language version, debug code,
/// unsafe allowed, desktop assembly unification) except that methods are compiled on the calling thread: cells are
/// small, and spreading them over the thread pool costs more than it saves.
/// </summary>
/// <remarks>
/// The first compilation carries the references and the default imports; later ones inherit both through the chain
/// and add only the references of their own <c>#r</c> directives. Sources are parsed with an encoding so that a
/// portable PDB can be emitted for them later (see <see cref="Diagnostics.CellDebugInformation"/>).
/// </remarks>
internal sealed class SubmissionCompiler(IReadOnlyList<string> imports)
{
    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    private readonly string _sessionId = Guid.NewGuid().ToString("N");
    private int _submissions = -1;

    /// <summary>The empty first submission, which binds <paramref name="references"/> and the default imports.</summary>
    public CSharpCompilation Start(IReadOnlyList<MetadataReference> references) =>
        Create(string.Empty, "base.csx", references, imports, previous: null);

    /// <summary>The compilation of <paramref name="code"/> continuing <paramref name="previous"/>, stored as <paramref name="fileName"/>.</summary>
    public CSharpCompilation Continue(
        CSharpCompilation previous,
        string code,
        string fileName,
        IReadOnlyList<MetadataReference> references
    ) => Create(code, fileName, references, [], previous);

    private CSharpCompilation Create(
        string code,
        string fileName,
        IReadOnlyList<MetadataReference> references,
        IReadOnlyList<string> usings,
        CSharpCompilation? previous
    )
    {
        var id = Interlocked.Increment(ref _submissions).ToString(CultureInfo.InvariantCulture);
        var tree = CSharpSyntaxTree.ParseText(SourceText.From(code, Encoding.UTF8), s_parseOptions, fileName);
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            scriptClassName: $"Submission#{id}",
            usings: usings,
            optimizationLevel: OptimizationLevel.Debug,
            allowUnsafe: true,
            concurrentBuild: false,
            assemblyIdentityComparer: DesktopAssemblyIdentityComparer.Default
        );
        return CSharpCompilation.CreateScriptCompilation(
            $"ℛ*{_sessionId}#{id}",
            tree,
            references,
            options,
            previous,
            typeof(object),
            typeof(CellGlobals)
        );
    }
}
