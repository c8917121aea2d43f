using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace AmazonSalesRegression.Cli.Tests.Browser;

/// <summary>
/// The course in a real browser, without a network: notebook 2 run on the course kernel in classic Jupyter Notebook 6
/// (Debian's <c>jupyter-notebook</c>, the front end with RequireJS and no Plotly renderer of its own) in headless
/// Chromium, and the business report opened from disk.
/// </summary>
public sealed partial class ClassicNotebookBrowserTests(SystemChromium chromium, ITestOutputHelper log)
    : IClassFixture<SystemChromium>,
        IDisposable
{
    private const string NotebookName = "02_linear_regression_fundamentals.ipynb";
    private static readonly string Root = CoursePaths.FindRoot(AppContext.BaseDirectory);
    private readonly string _folder = Directory.CreateTempSubdirectory("asr-classic-notebook-").FullName;
    private readonly ConcurrentQueue<string> _console = new();
    private readonly ConcurrentQueue<string> _blocked = new();

    public void Dispose()
    {
        // The served folder links to the repository's data: remove the links before the folder, never their targets.
        foreach (var link in new[] { Path.Combine(_folder, "root", "data"), Path.Combine(_folder, "root", "AmazonSalesRegression.sln") })
        {
            if (new FileInfo(link).LinkTarget is not null)
            {
                File.Delete(link);
            }
        }

        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Notebook_2_runs_in_classic_notebook_with_tables_drawn_charts_and_completion_and_no_network()
    {
        // Given notebook 2, outputs cleared, in a folder that looks like the course to it, served by classic Notebook
        var clock = Stopwatch.StartNew();
        var committed = Path.Combine(Root, "notebooks", NotebookName);
        var committedHash = SHA256.HashData(File.ReadAllBytes(committed));
        var root = ServedCourse(committed);
        var jupyterPath = JupyterClients.InstallKernelSpec(Path.Combine(_folder, "prefix"));
        using var server = await ClassicNotebookServer.StartAsync(root, jupyterPath, Path.Combine(_folder, "jupyter"));
        await using var context = await chromium.Browser.NewContextAsync(
            new()
            {
                ViewportSize = new() { Width = 1280, Height = 900 },
            }
        );
        await context.RouteAsync(
            "**/*",
            route => Route(route, allow: url => url.StartsWith($"http://127.0.0.1:{server.Port}/", StringComparison.Ordinal))
        );
        var page = await context.NewPageAsync();
        page.Console += (_, message) => _console.Enqueue($"{message.Type}: {message.Text}");
        page.PageError += (_, error) => _console.Enqueue($"page error: {error}");

        // When it runs all cells (Cell > Run All) on the course kernel
        await page.GotoAsync(server.Url($"notebooks/notebooks/{NotebookName}"));
        await WaitAsync(page, server, "the kernel to connect", KernelConnected, TimeSpan.FromSeconds(60));
        await page.Locator("#celllink").ClickAsync();
        await page.Locator("#run_all_cells").ClickAsync();
        await WaitAsync(page, server, "every code cell to run", AllCellsRan, TimeSpan.FromSeconds(180));
        var ran = clock.Elapsed;

        // Then no cell failed or wrote to stderr, tables rendered, and every chart was drawn by Plotly.js
        Assert.True(await page.Locator(".output_error").CountAsync() == 0, Because(await TextsAsync(page, ".output_error"), server));
        Assert.True(await page.Locator(".output_stderr").CountAsync() == 0, Because(await TextsAsync(page, ".output_stderr"), server));
        Assert.True(await page.Locator(".output_html table").CountAsync() > 0, Because("no HTML table was rendered", server));
        var charts = await page.Locator(".plotly-chart").CountAsync();
        var drawn = await page.Locator(".plotly-chart svg.main-svg").CountAsync();
        Assert.True(charts > 0 && drawn > 0, Because($"{charts} chart outputs, {drawn} Plotly SVGs", server));
        Assert.Equal(0, await page.EvaluateAsync<int>(UndrawnCharts));
        Assert.True(_blocked.IsEmpty, Because("requests left the notebook server: " + string.Join(", ", _blocked), server));
        var screenshot = Path.Combine(Path.GetTempPath(), "asr-classic-notebook-chart.png");
        await page.Locator(".plotly-chart").First.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = screenshot });
        log.WriteLine($"Ran all cells in {ran.TotalSeconds:F1} s; {charts} charts drawn; screenshot: {screenshot}");

        // When typing Console.Wri in a new cell and pressing Tab
        await page.EvaluateAsync(NewCellAtBottom);
        await page.Keyboard.TypeAsync("Console.Wri");
        await page.Keyboard.PressAsync("Tab");
        await WaitAsync(
            page,
            server,
            "the completion list",
            "() => document.querySelectorAll('#complete select option').length > 0",
            TimeSpan.FromSeconds(30)
        );

        // Then the list offers WriteLine, and the committed notebook was never touched
        Assert.Contains("WriteLine", await page.Locator("#complete select option").AllTextContentsAsync());
        Assert.Equal(committedHash, SHA256.HashData(File.ReadAllBytes(committed)));
        log.WriteLine($"Whole test: {clock.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public async Task The_report_shows_every_chart_image_from_disk_with_the_network_blocked()
    {
        // Given the committed report, and a page that may load nothing but files
        var report = Path.Combine(Root, "reports", "amazon_sales_report.html");
        var images = ImageTag().Count(File.ReadAllText(report));
        await using var context = await chromium.Browser.NewContextAsync();
        await context.RouteAsync("**/*", route => Route(route, allow: url => url.StartsWith("file:", StringComparison.Ordinal)));
        var page = await context.NewPageAsync();

        // When it is opened from disk
        await page.GotoAsync(new Uri(report).AbsoluteUri, new() { WaitUntil = WaitUntilState.Load });

        // Then every image loaded, and nothing was asked of the network
        var loaded = await page.EvaluateAsync<int[]>(
            "() => Array.from(document.images).map(image => image.complete ? image.naturalWidth : 0)"
        );
        Assert.True(images > 0, "The report has no <img>.");
        Assert.Equal(images, loaded.Length);
        Assert.All(loaded, width => Assert.True(width > 0, $"An image did not load; natural widths: {string.Join(", ", loaded)}"));
        Assert.True(_blocked.IsEmpty, "The report asked for: " + string.Join(", ", _blocked));
    }

    private const string KernelConnected =
        "() => window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel && Jupyter.notebook.kernel.is_connected()";

    // Done when the kernel is idle and every code cell has an execution count, or a cell failed (Run All stops there).
    // The empty cells left for the learner's exercise work are never sent to the kernel, so they get no count.
    private const string AllCellsRan =
        "() => !Jupyter.notebook.kernel_busy && (document.querySelector('.output_error') !== null || Jupyter.notebook.get_cells()"
        + ".filter(cell => cell.cell_type === 'code' && cell.get_text().trim() !== '')"
        + ".every(cell => typeof cell.input_prompt_number === 'number'))";

    // Where Run All stands: how many non-empty code cells ran, whether the kernel is busy, and the first cell still waiting.
    private const string Progress =
        "() => { const code = Jupyter.notebook.get_cells().filter(cell => cell.cell_type === 'code' && cell.get_text().trim() !== '');"
        + " const waiting = code.find(cell => typeof cell.input_prompt_number !== 'number');"
        + " const ran = code.filter(cell => typeof cell.input_prompt_number === 'number').length;"
        + " return `${ran} of ${code.length} code cells ran; kernel busy: ${Jupyter.notebook.kernel_busy};"
        + " first cell not run: ${waiting ? JSON.stringify(waiting.get_text().slice(0, 160)) + ' (prompt ' + waiting.input_prompt_number + ')' : 'none'}`; }";

    private const string UndrawnCharts =
        "() => Array.from(document.querySelectorAll('.plotly-chart')).filter(chart => !chart.querySelector('svg.main-svg')).length";

    private const string NewCellAtBottom =
        "() => { const cell = Jupyter.notebook.insert_cell_at_bottom('code'); Jupyter.notebook.select(Jupyter.notebook.ncells() - 1); cell.focus_editor(); }";

    [GeneratedRegex("<img\\s", RegexOptions.IgnoreCase)]
    private static partial Regex ImageTag();

    /// <summary>A folder with the notebook (outputs cleared) under <c>notebooks/</c>, and links to the course's solution file and data, which the notebook finds through <c>CoursePaths.FindRoot()</c>.</summary>
    private string ServedCourse(string notebook)
    {
        var root = Directory.CreateDirectory(Path.Combine(_folder, "root")).FullName;
        File.CreateSymbolicLink(Path.Combine(root, "AmazonSalesRegression.sln"), Path.Combine(Root, "AmazonSalesRegression.sln"));
        Directory.CreateSymbolicLink(Path.Combine(root, "data"), Path.Combine(Root, "data"));
        var json = JsonNode.Parse(File.ReadAllText(notebook))!;
        foreach (var cell in json["cells"]!.AsArray().Where(c => c!["cell_type"]!.GetValue<string>() == "code"))
        {
            cell!["outputs"] = new JsonArray();
            cell["execution_count"] = null;
        }

        var copy = Path.Combine(Directory.CreateDirectory(Path.Combine(root, "notebooks")).FullName, NotebookName);
        File.WriteAllText(copy, json.ToJsonString());
        return root;
    }

    private async Task Route(IRoute route, Func<string, bool> allow)
    {
        if (allow(route.Request.Url))
        {
            await route.ContinueAsync();
        }
        else
        {
            _blocked.Enqueue(route.Request.Url);
            await route.AbortAsync("internetdisconnected");
        }
    }

    private async Task WaitAsync(IPage page, ClassicNotebookServer server, string what, string condition, TimeSpan timeout)
    {
        try
        {
            await page.WaitForFunctionAsync(condition, null, new() { Timeout = (float)timeout.TotalMilliseconds, PollingInterval = 250 });
        }
        catch (TimeoutException e)
        {
            var progress = await page.EvaluateAsync<string>(Progress);
            throw new TimeoutException(Because($"Waited {timeout.TotalSeconds:F0} s for {what}. {progress}", server), e);
        }
    }

    private static async Task<string> TextsAsync(IPage page, string selector) =>
        string.Join("\n---\n", await page.Locator(selector).AllInnerTextsAsync());

    private string Because(string what, ClassicNotebookServer server) =>
        $"{what}\n--- browser console ---\n{string.Join('\n', _console.TakeLast(30))}\n--- notebook server and kernel ---\n"
        + string.Join('\n', server.Log.Split('\n').TakeLast(60));
}
