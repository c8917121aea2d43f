namespace AmazonSalesRegression.Api.Hosting;

/// <summary>
/// The model currently served. A new model is built and verified completely before one reference assignment publishes
/// it, so a request that read <see cref="Current"/> once uses one whole model from start to end (atomic hot-swap).
/// </summary>
internal sealed class ModelHolder(string path)
{
    private volatile LoadedModel? _current;
    private int _loads;

    /// <summary>The artifact path being served and watched.</summary>
    public string Path { get; } = path;

    /// <summary>The served model, or null before the first successful load.</summary>
    public LoadedModel? Current => _current;

    /// <summary>Number of models published since start.</summary>
    public int Loads => Volatile.Read(ref _loads);

    /// <summary>Publishes <paramref name="model"/>.</summary>
    public void Publish(LoadedModel model)
    {
        _current = model;
        Interlocked.Increment(ref _loads);
    }
}
