using System.Diagnostics;
using System.Globalization;
using AmazonSalesRegression.Regression;
using AmazonSalesRegression.Regression.Streaming;

// Times the library's heavy operations for the side-by-side scripts in bench/ (one line per measurement:
// "name best_seconds median_seconds [extra]"). Usage:
//   qr ROWS COLS REPEATS         in-memory OLS fit (QR) of a standard-normal design, as bench/qr_peers.py does for numpy/LAPACK
//   csv CSV RUNS                 CsvReader.ReadInferred on a file, RUNS times after one warm-up: seconds and MB/s (best, median), median CPU seconds
//   fitparts CSV TARGET          the steps of `fit` on a CSV, timed separately (read, fit, summary)
//   cells COUNT                  the notebook engine in-process: warm-up, first cell, then a trivial cell COUNT times
//   cv CSV                       10-fold cross-validated elastic net path (alpha 0.5, 100 lambdas, fold ids 1..10 in turn), as bench/cv_peers.*
//   streaming ROWS COLS          streaming OLS: managed memory before/after and peak working set, to show memory does not grow with rows
//   score ARTIFACT CSV COUNT     the production scorer in-process: per-call latency percentiles and bytes allocated
//   paced URL RATE SECONDS BODY  POST the BODY file to URL at RATE requests/s (open loop): latency percentiles, non-2xx count
var culture = CultureInfo.InvariantCulture;
switch (args.FirstOrDefault())
{
    case "qr":
        Qr(int.Parse(args[1], culture), int.Parse(args[2], culture), int.Parse(args[3], culture));
        break;
    case "csv":
        ReadCsv(args[1], int.Parse(args[2], culture));
        break;
    case "fitparts":
        FitParts(args[1], args[2]);
        break;
    case "cells":
        await Cells(int.Parse(args[1], culture));
        break;
    case "cv":
        CrossValidate(args[1]);
        break;
    case "streaming":
        Streaming(long.Parse(args[1], culture), int.Parse(args[2], culture));
        break;
    case "score":
        AmazonSalesRegression.Benchmarks.ServiceBench.Score(args[1], args[2], int.Parse(args[3], culture));
        break;
    case "paced":
        await AmazonSalesRegression.Benchmarks.ServiceBench.PacedAsync(
            args[1],
            int.Parse(args[2], culture),
            int.Parse(args[3], culture),
            args[4]
        );
        break;
    default:
        Console.Error.WriteLine(
            "usage: qr ROWS COLS REPEATS | csv CSV RUNS | fitparts CSV TARGET | cells COUNT | cv CSV | streaming ROWS COLS | score ARTIFACT CSV COUNT | paced URL RATE SECONDS BODY"
        );
        return 2;
}

return 0;

static void Qr(int rows, int cols, int repeats)
{
    var random = new Random(1);
    var columns = Enumerable.Range(0, cols).Select(_ => Enumerable.Range(0, rows).Select(_ => Gaussian(random)).ToArray()).ToArray();
    var y = Enumerable.Range(0, rows).Select(_ => Gaussian(random)).ToArray();
    var names = Enumerable.Range(0, cols).Select(j => $"x{j}").ToArray();
    var design = DesignMatrix.FromColumns(names, columns);
    var solver = new LeastSquaresSolver(LeastSquaresOptions.Default with { Precision = PrecisionPolicy.Double });
    var times = new List<double>();
    for (var r = 0; r < repeats + 1; r++)
    {
        var watch = Stopwatch.StartNew();
        solver.Solve(design, y);
        watch.Stop();
        if (r > 0)
        {
            times.Add(watch.Elapsed.TotalSeconds);
        }
    }

    Report("ours: LeastSquaresSolver (Householder QR, double)", times);
}

static async Task Cells(int count)
{
    var watch = Stopwatch.StartNew();
    await using var session = AmazonSalesRegression.Engine.NotebookSessions.Create();
    if (Environment.GetEnvironmentVariable("ASR_BENCH_WARMUP") != "0")
    {
        await session.WarmUpAsync(CancellationToken.None);
    }

    var warm = watch.Elapsed.TotalSeconds;
    var output = new NullOutput();
    watch.Restart();
    await session.ExecuteAsync("var answer = 6 * 7; answer", output, CancellationToken.None);
    var first = watch.Elapsed.TotalSeconds;
    var times = new List<double>();
    for (var i = 0; i < count; i++)
    {
        watch.Restart();
        await session.ExecuteAsync("1 + 1", output, CancellationToken.None);
        times.Add(watch.Elapsed.TotalSeconds);
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm-up={warm:F3} first={first:F3}"));
    Report("engine: trivial warm cell", times);
}

static void CrossValidate(string path)
{
    var table = AmazonSalesRegression.Data.Csv.CsvReader.ReadInferred(path);
    var names = table.ColumnNames.Where(n => n != "y").ToArray();
    var x = DesignMatrix.FromColumns(names, names.Select(n => table[n].ToDoubles()).ToArray());
    var y = table["y"].ToDoubles();
    var splits = AmazonSalesRegression.Regression.Regularization.CrossValidationSplits.FromFoldIds(
        Enumerable.Range(0, y.Length).Select(i => (i % 10) + 1).ToArray()
    );
    var options = new AmazonSalesRegression.Regression.Regularization.ElasticNetOptions { L1Ratio = 0.5 };
    var times = new List<double>();
    AmazonSalesRegression.Regression.Regularization.CrossValidationResult? result = null;
    for (var r = 0; r < 3; r++)
    {
        var watch = Stopwatch.StartNew();
        result = AmazonSalesRegression.Regression.Regularization.CrossValidation.ElasticNet(x, y, splits, options);
        times.Add(watch.Elapsed.TotalSeconds);
    }

    Report("ours: CrossValidation.ElasticNet", times);
    Console.WriteLine(
        string.Create(CultureInfo.InvariantCulture, $"ours lambda.min {result!.LambdaMin:G10} lambda.1se {result.Lambda1se:G10}")
    );
}

static void ReadCsv(string path, int runs)
{
    var megabytes = new FileInfo(path).Length / 1e6;
    var process = Process.GetCurrentProcess();
    var times = new List<double>();
    var cpu = new List<double>();
    var rows = 0;
    for (var r = 0; r < runs + 1; r++)
    {
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        rows = AmazonSalesRegression.Data.Csv.CsvReader.ReadInferred(path).RowCount;
        watch.Stop();
        process.Refresh();
        if (r > 0)
        {
            times.Add(watch.Elapsed.TotalSeconds);
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalSeconds);
        }
    }

    times.Sort();
    cpu.Sort();
    var (best, median) = (times[0], times[times.Count / 2]);
    Console.WriteLine(
        string.Create(
            CultureInfo.InvariantCulture,
            $"CsvReader.ReadInferred {best:F4} {median:F4} best={megabytes / best:F0}MB/s median={megabytes / median:F0}MB/s cpu_median={cpu[cpu.Count / 2]:F3}s ({rows} rows, {megabytes:F1} MB)"
        )
    );
}

static void FitParts(string path, string target)
{
    var watch = Stopwatch.StartNew();
    var table = AmazonSalesRegression.Data.Csv.CsvReader.ReadInferred(path);
    var read = watch.Elapsed.TotalSeconds;
    var features = table.Columns.Where(c => c.Name != target).Select(c => c.Name).ToArray();
    var fit = Ols.Fit(features.Select(f => table[f].ToDoubles()).ToArray(), table[target].ToDoubles(), features);
    var fitted = watch.Elapsed.TotalSeconds;
    var summary = fit.Summary().ToString();
    var total = watch.Elapsed.TotalSeconds;
    Console.WriteLine(
        string.Create(
            CultureInfo.InvariantCulture,
            $"read={read:F3} fit={fitted - read:F3} summary={total - fitted:F3} total={total:F3} ({summary.Length} chars)"
        )
    );
}

static void Streaming(long rows, int cols)
{
    var random = new Random(2);
    var fit = new StreamingOls(Enumerable.Range(0, cols).Select(j => $"x{j}").ToArray());
    var row = new double[cols];
    GC.Collect();
    var before = GC.GetTotalMemory(forceFullCollection: true);
    var watch = Stopwatch.StartNew();
    for (long i = 0; i < rows; i++)
    {
        for (var j = 0; j < cols; j++)
        {
            row[j] = Gaussian(random);
        }

        fit.Add(row, row[0] + (0.5 * row[cols - 1]) + Gaussian(random));
    }

    var result = fit.Solve();
    watch.Stop();
    var after = GC.GetTotalMemory(forceFullCollection: false);
    Console.WriteLine(
        string.Create(
            CultureInfo.InvariantCulture,
            $"streaming rows={rows} cols={cols} seconds={watch.Elapsed.TotalSeconds:F3} managed_before={before} managed_after={after} peak_working_set={Process.GetCurrentProcess().PeakWorkingSet64} r2={result.Statistics.RSquared:F4}"
        )
    );
}

static double Gaussian(Random random) => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

static void Report(string name, List<double> times)
{
    times.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} {times[0]:F4} {times[times.Count / 2]:F4}"));
}

/// <summary>Discards cell output.</summary>
internal sealed class NullOutput : AmazonSalesRegression.Engine.ICellOutput
{
    public void WriteStandardOutput(string text) { }

    public void WriteStandardError(string text) { }

    public void Display(AmazonSalesRegression.Engine.DisplayData data, string? displayId, bool update) { }

    public Task<string> ReadInputAsync(string prompt, bool password, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("No input in benchmarks.");
}
