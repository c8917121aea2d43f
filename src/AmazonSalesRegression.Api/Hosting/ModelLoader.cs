using AmazonSalesRegression.Scoring.Artifacts;

namespace AmazonSalesRegression.Api.Hosting;

/// <summary>
/// Loads the model in the background (so <c>/ping</c> answers 503 until it is verified) and reloads it when the file
/// changes. A file that fails verification is logged and ignored: the previous model keeps serving.
/// </summary>
internal sealed partial class ModelLoader(ModelHolder holder, ILogger<ModelLoader> logger) : BackgroundService
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var changed = new SemaphoreSlim(0);
        using var watcher = Watch(() => changed.Release());
        var lastWrite = DateTime.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            var stamp = File.Exists(holder.Path) ? File.GetLastWriteTimeUtc(holder.Path) : DateTime.MinValue;
            if (stamp != DateTime.MinValue && stamp != lastWrite)
            {
                lastWrite = stamp;
                await Task.Run(TryLoad, stoppingToken);
            }

            // Wake on a file event or poll (watchers miss events on some file systems, e.g. network mounts).
            try
            {
                if (await changed.WaitAsync(Poll, stoppingToken))
                {
                    await Task.Delay(Settle, stoppingToken);
                    while (changed.CurrentCount > 0)
                    {
                        await changed.WaitAsync(stoppingToken);
                    }

                    lastWrite = DateTime.MinValue;
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private void TryLoad()
    {
        try
        {
            var model = new LoadedModel(ModelArtifactFile.Read(holder.Path), holder.Path);
            holder.Publish(model);
            Loaded(logger, model.Artifact.Name, model.VersionLabel, holder.Path);
        }
        catch (ModelArtifactException e)
        {
            Rejected(logger, e.Message);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException or KeyNotFoundException)
        {
            // A checksummed file that passes the schema but is inconsistent (e.g. hand-built): never take the service down for it.
            Rejected(logger, $"{holder.Path}: inconsistent artifact ({e.Message})");
        }
    }

    private FileSystemWatcher? Watch(Action onChange)
    {
        var folder = System.IO.Path.GetDirectoryName(holder.Path);
        if (folder is null || !Directory.Exists(folder))
        {
            return null;
        }

        var watcher = new FileSystemWatcher(folder, System.IO.Path.GetFileName(holder.Path))
        {
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        watcher.Changed += (_, _) => onChange();
        watcher.Created += (_, _) => onChange();
        watcher.Renamed += (_, _) => onChange();
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "serving model {Name} {Version} from {Path}")]
    private static partial void Loaded(ILogger logger, string name, string version, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "model file rejected, previous model (if any) keeps serving: {Problem}")]
    private static partial void Rejected(ILogger logger, string problem);
}
