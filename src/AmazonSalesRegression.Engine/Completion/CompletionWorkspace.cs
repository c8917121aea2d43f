using AmazonSalesRegression.Engine.Directives;
using AmazonSalesRegression.Engine.Scripting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Host.Mef;
using Microsoft.CodeAnalysis.Text;
using RoslynCompletion = Microsoft.CodeAnalysis.Completion;

namespace AmazonSalesRegression.Engine.Completion;

/// <summary>
/// Completion and inspection over a Roslyn <see cref="AdhocWorkspace"/> holding one script-kind submission document:
/// every earlier cell that compiled, then the current cell, so names from earlier cells complete and resolve.
/// Requests fork an immutable solution, so they may run concurrently with each other and with cell execution.
/// The workspace (a MEF composition of Roslyn's language services, about a second to build) is created on first use,
/// so a session can run its first cell without it. Documents import <c>imports</c>, the session's namespaces.
/// </summary>
internal sealed class CompletionWorkspace(IReadOnlyList<string> imports) : IDisposable
{
    private readonly Lazy<AdhocWorkspace> _workspace = new(() => new AdhocWorkspace(MefHostServices.DefaultHost));
    private readonly Lock _gate = new();
    private (IReadOnlyList<MetadataReference> References, Solution Solution, DocumentId Document)? _base;

    /// <summary>Completions at <paramref name="cursor"/> in <paramref name="code"/>, filtered by the word typed so far.</summary>
    public async Task<CompletionResult> CompleteAsync(
        CompletionSnapshot snapshot,
        string code,
        int cursor,
        CancellationToken cancellationToken
    )
    {
        cursor = Math.Clamp(cursor, 0, code.Length);
        var (document, offset) = Document(snapshot, code);
        var service = RoslynCompletion.CompletionService.GetService(document);
        if (service is null)
        {
            return new CompletionResult([], cursor, cursor);
        }

        var list = await service.GetCompletionsAsync(document, offset + cursor, cancellationToken: cancellationToken).ConfigureAwait(false);
        var start = Math.Clamp(list.Span.Start - offset, 0, cursor);
        var typed = code[start..cursor];
        var matches = list
            .ItemsList.Where(item => item.FilterText.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .Select(item => item.DisplayText)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return new CompletionResult(matches, start, cursor);
    }

    /// <summary>The signature and documentation of the symbol at <paramref name="cursor"/>, or <see langword="null"/>.</summary>
    public async Task<DisplayData?> InspectAsync(
        CompletionSnapshot snapshot,
        string code,
        int cursor,
        int detailLevel,
        CancellationToken cancellationToken
    )
    {
        cursor = Math.Clamp(cursor, 0, code.Length);
        var (document, offset) = Document(snapshot, code);
        var symbol = await SymbolAtAsync(document, offset + cursor, cancellationToken).ConfigureAwait(false);
        if (symbol is null && cursor > 0)
        {
            symbol = await SymbolAtAsync(document, offset + cursor - 1, cancellationToken).ConfigureAwait(false);
        }

        return symbol is null ? null : SymbolDocumentation.Describe(symbol, detailLevel, cancellationToken);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_workspace.IsValueCreated)
        {
            _workspace.Value.Dispose();
        }
    }

    private static async Task<ISymbol?> SymbolAtAsync(Document document, int position, CancellationToken cancellationToken)
    {
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (model is null || root is null || position >= root.FullSpan.End)
        {
            return null;
        }

        var token = root.FindToken(position);
        if (!token.Span.Contains(position) || token.Parent is null)
        {
            return null;
        }

        var info = model.GetSymbolInfo(token.Parent, cancellationToken);
        return info.Symbol ?? info.CandidateSymbols.FirstOrDefault() ?? model.GetDeclaredSymbol(token.Parent, cancellationToken);
    }

    private (Document Document, int Offset) Document(CompletionSnapshot snapshot, string code)
    {
        var (solution, documentId) = BaseSolution(snapshot.References);
        // Each earlier cell is closed by an empty statement: a cell may end in an expression without a semicolon (its
        // result), and "x.Year" followed by "var y = 1;" would otherwise parse as a declaration of a variable named var.
        var prefix = snapshot.History.Count == 0 ? string.Empty : string.Join("\n;\n", snapshot.History) + "\n;\n";
        var text = SourceText.From(prefix + DirectiveProcessor.Blank(code));
        var document = solution.WithDocumentText(documentId, text).GetDocument(documentId)!;
        lock (_gate)
        {
            // Later requests fork from this solution, so Roslyn reuses its bound references instead of rebinding them.
            if (_base is { } cached && ReferenceEquals(cached.References, snapshot.References))
            {
                _base = (cached.References, document.Project.Solution, documentId);
            }
        }

        return (document, prefix.Length);
    }

    private (Solution Solution, DocumentId Document) BaseSolution(IReadOnlyList<MetadataReference> references)
    {
        lock (_gate)
        {
            if (_base is { } cached && ReferenceEquals(cached.References, references))
            {
                return (cached.Solution, cached.Document);
            }

            var projectId = ProjectId.CreateNewId("notebook");
            var documentId = DocumentId.CreateNewId(projectId, "cell");
            var project = ProjectInfo.Create(
                projectId,
                VersionStamp.Create(),
                name: "Notebook",
                assemblyName: "Notebook",
                language: LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, usings: imports),
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script),
                metadataReferences: references,
                isSubmission: true,
                hostObjectType: typeof(CellGlobals)
            );
            var solution = _workspace
                .Value.CurrentSolution.AddProject(project)
                .AddDocument(
                    DocumentInfo.Create(
                        documentId,
                        "notebook.csx",
                        sourceCodeKind: SourceCodeKind.Script,
                        loader: TextLoader.From(TextAndVersion.Create(SourceText.From(string.Empty), VersionStamp.Create()))
                    )
                );
            _base = (references, solution, documentId);
            return (solution, documentId);
        }
    }
}
