using AmazonSalesRegression.Engine.Output;

namespace AmazonSalesRegression.Engine.Scripting;

/// <summary>A value shown by <c>display(...)</c> that can be replaced in place (like .NET Interactive's <c>DisplayedValue</c>).</summary>
public sealed class DisplayHandle
{
    private readonly DisplayService _service;
    private readonly IReadOnlyCollection<string>? _mimeTypes;

    internal DisplayHandle(DisplayService service, string displayId, IReadOnlyCollection<string>? mimeTypes)
    {
        _service = service;
        _mimeTypes = mimeTypes;
        DisplayId = displayId;
    }

    /// <summary>The Jupyter display id of the shown value.</summary>
    public string DisplayId { get; }

    /// <summary>Replaces the shown value with <paramref name="value"/>, formatted with the same MIME types.</summary>
    /// <exception cref="InvalidOperationException">Called outside a running notebook cell.</exception>
    public void Update(object? value) => _service.Update(CellScope.Require(), DisplayId, value, _mimeTypes);
}
