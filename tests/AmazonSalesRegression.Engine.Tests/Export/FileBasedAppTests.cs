using System.Text.Json.Nodes;
using AmazonSalesRegression.Engine.Export;
using AmazonSalesRegression.Engine.Notebooks;
using AmazonSalesRegression.Engine.Sessions;
using AmazonSalesRegression.Engine.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AmazonSalesRegression.Engine.Tests.Export;

/// <summary>The translation rules from a notebook to its file-based app twin, on small notebooks built in memory.</summary>
public sealed class FileBasedAppTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("asr-twin-").FullName;

    public FileBasedAppTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "src", "Lib"));
        File.WriteAllText(Path.Combine(_root, "src", "Lib", "Lib.csproj"), "<Project />");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Notebook_references_become_package_and_project_directives_at_the_top_once_each()
    {
        // Given two cells that reference packages (one without a version) and a library built from a project
        var notebook = Notebook(
            Code(
                "setup",
                "#r \"nuget: MathNet.Numerics, 5.0.0\"\n#r \"nuget: Deedle\"\n#r \"../src/Lib/bin/Debug/net10.0/Lib.dll\"\nvar x = 1;"
            ),
            Code("again", "#!csharp\n#r \"nuget: MathNet.Numerics, 5.0.0\"\nx++;")
        );

        // When
        var twin = Translate(notebook);

        // Then the directives come first, the pinned version fills in the missing one, and the project is relative to the twin
        var directives = twin.Split('\n').TakeWhile(l => l.Length > 0).ToArray();
        Assert.All(directives, line => Assert.StartsWith("#:", line, StringComparison.Ordinal));
        Assert.Equal(
            ["#:package MathNet.Numerics@5.0.0", "#:package Deedle@8.1.0", "#:project ../../src/Lib/Lib.csproj"],
            directives.Where(l => !l.StartsWith("#:property", StringComparison.Ordinal))
        );
        Assert.DoesNotContain("#r", twin, StringComparison.Ordinal);
        Assert.DoesNotContain("#!", twin, StringComparison.Ordinal);
    }

    [Fact]
    public void An_assembly_that_no_project_builds_is_an_error_naming_the_cell_and_line()
    {
        // Given a reference to a DLL outside any project's bin folder
        var notebook = Notebook(Code("setup", "#r \"nuget: MathNet.Numerics, 5.0.0\"\n#r \"../lib/Vendor.dll\""));

        // When
        var error = Assert.Throws<NotebookExportException>(() => Translate(notebook));

        // Then
        Assert.StartsWith(
            "cell 1 (id 'setup'), line 2: #r \"../lib/Vendor.dll\" references an assembly that no project builds",
            error.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void The_usings_of_every_cell_follow_the_engine_imports_once_each_before_any_statement()
    {
        // Given cells that repeat a using, and one that repeats an engine default
        var notebook = Notebook(
            Code("a", "using System.Globalization;\nusing System;\nvar a = 1;"),
            Code("b", "using  System.Globalization ;\nusing static System.Math;\nvar b = Abs(-a);")
        );

        // When
        var lines = Translate(notebook).Split('\n');

        // Then
        var usings = lines.Where(l => l.StartsWith("using ", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [
                .. TestEngine.Options.Imports.Where(n => !n.EndsWith(".Scripting", StringComparison.Ordinal)).Select(n => $"using {n};"),
                "using System.Globalization;",
                "using static System.Math;",
            ],
            usings
        );
        Assert.True(Array.IndexOf(lines, usings[^1]) < Array.IndexOf(lines, "var a = 1;"));
    }

    [Fact]
    public void A_cell_that_ends_in_an_expression_prints_it_and_a_cell_that_ends_in_a_statement_does_not()
    {
        // Given a value, a void call written without its semicolon, and a plain statement
        var notebook = Notebook(Code("value", "var x = 6;\nx * 7"), Code("void", "Console.WriteLine(x)"), Code("statement", "x++;"));

        // When
        var twin = Translate(notebook);

        // Then both last expressions go through the helper, whose overloads tell a value from a void call, and it compiles
        Assert.Contains("var x = 6;\nCellValue.Show(() => x * 7);", twin, StringComparison.Ordinal);
        Assert.Contains("CellValue.Show(() => Console.WriteLine(x));", twin, StringComparison.Ordinal);
        Assert.Contains("// In [3] (cell \"statement\")\nx++;\n", twin, StringComparison.Ordinal);
        Assert.Contains("static class CellValue", twin, StringComparison.Ordinal);
        Assert.Empty(CompileErrors(twin));
    }

    [Fact]
    public void A_notebook_without_shown_values_gets_no_helper()
    {
        // Given
        var notebook = Notebook(Code("only", "var x = 1;"));

        // When
        var twin = Translate(notebook);

        // Then
        Assert.DoesNotContain("CellValue", twin, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_cells_become_comment_blocks_and_code_cells_are_named_by_number_and_id()
    {
        // Given
        var notebook = Notebook(Markdown("# Title\n\nSome *text*.  "), Code("load", "var x = 1;"), Markdown("Done."));

        // When
        var twin = Translate(notebook);

        // Then
        Assert.Contains(
            "// # Title\n//\n// Some *text*.\n\n// In [1] (cell \"load\")\nvar x = 1;\n\n// Done.\n",
            twin,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Type_declarations_move_after_the_statements_and_the_program_compiles()
    {
        // Given a cell that declares a record between statements that use it
        var notebook = Notebook(
            Code("types", "var p = new Point(1, 2);\nrecord Point(int X, int Y);\nConsole.WriteLine(p);"),
            Code("after", "p.X + p.Y")
        );

        // When
        var twin = Translate(notebook);

        // Then
        Assert.True(
            twin.IndexOf("record Point", StringComparison.Ordinal)
                > twin.IndexOf("CellValue.Show(() => p.X + p.Y);", StringComparison.Ordinal)
        );
        Assert.Contains("// From In [1] (cell \"types\")\nrecord Point(int X, int Y);", twin, StringComparison.Ordinal);
        Assert.Empty(CompileErrors(twin));
    }

    [Fact]
    public void A_variable_declared_again_in_a_later_cell_is_an_error_naming_both_cells()
    {
        // Given a notebook that redeclares a variable, as scripts allow
        var notebook = Notebook(Code("first", "var total = 1;"), Code("second", "Console.WriteLine(total);\nvar total = 2;"));

        // When
        var error = Assert.Throws<NotebookExportException>(() => Translate(notebook));

        // Then
        Assert.StartsWith(
            "cell 2 (id 'second'), line 2: 'total' is declared again (first in In [1] (cell \"first\"))",
            error.Message,
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData("display(42);", "display(…)")]
    [InlineData("42.Display();", ".Display(…)")]
    [InlineData("var answer = await GetInputAsync(\"?\");", "GetInputAsync(…)")]
    public void The_notebook_s_own_globals_are_an_error_naming_the_line(string code, string global)
    {
        // Given
        var notebook = Notebook(Code("show", "var x = 1;\n" + code));

        // When
        var error = Assert.Throws<NotebookExportException>(() => Translate(notebook));

        // Then
        Assert.Equal(
            $"cell 1 (id 'show'), line 2: {global} is provided by the notebook, not by .NET; a program prints with Console.WriteLine.",
            error.Message
        );
    }

    [Fact]
    public void A_raises_exception_cell_prints_its_error_and_the_program_goes_on()
    {
        // Given
        var failing = Code("boom", "throw new InvalidOperationException(\"no\");") with
        {
            Metadata = new JsonObject { ["tags"] = new JsonArray("raises-exception") },
        };
        var notebook = Notebook(failing, Code("next", "Console.WriteLine(1);"));

        // When
        var twin = Translate(notebook);

        // Then
        Assert.Contains("try\n{\nthrow new InvalidOperationException(\"no\");\n}\ncatch (Exception e)", twin, StringComparison.Ordinal);
        Assert.Empty(CompileErrors(twin));
    }

    [Fact]
    public void The_same_notebook_translates_to_the_same_bytes()
    {
        // Given
        var notebook = Notebook(
            Markdown("# T"),
            Code("a", "#r \"nuget: MathNet.Numerics, 5.0.0\"\nusing System.Text;\nvar s = new StringBuilder();\ns.Length")
        );

        // When
        var first = Translate(notebook);
        var second = Translate(notebook);

        // Then
        Assert.Equal(first, second);
        Assert.EndsWith("}\n", first, StringComparison.Ordinal);
    }

    private string Translate(Notebook notebook) =>
        FileBasedApp.Translate(
            notebook,
            new FileBasedAppOptions(Path.Combine(_root, "notebooks"), Path.Combine(_root, "notebooks", "cs"))
            {
                Engine = TestEngine.Options,
            }
        );

    // Compiles the twin as the program it is (its #: lines are for the SDK), against the engine's own references.
    private static IEnumerable<string> CompileErrors(string twin)
    {
        var code = string.Join('\n', twin.Split('\n').Where(l => !l.StartsWith("#:", StringComparison.Ordinal)));
        var compilation = CSharpCompilation.Create(
            "twin",
            [CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest))],
            ScriptReferences.For(TestEngine.Options),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Disable)
        );
        return compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString());
    }

    private static Notebook Notebook(params NotebookCell[] cells) => new(cells, new JsonObject());

    private static NotebookCell Code(string id, string source) => new(id, NotebookCell.Code, source, new JsonObject());

    private static NotebookCell Markdown(string source) => new($"md{source.Length}", "markdown", source, new JsonObject());
}
