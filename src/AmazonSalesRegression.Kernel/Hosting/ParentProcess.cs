using System.Diagnostics;
using System.Globalization;

namespace AmazonSalesRegression.Kernel.Hosting;

/// <summary>
/// The process that launched the kernel, watched so that the kernel exits when it is gone (an orphaned kernel
/// would otherwise keep its ports and memory forever). Identified by process id, or, on Windows, by the inheritable
/// process handle that jupyter_client passes in <c>JPY_PARENT_PID</c>.
/// </summary>
public sealed class ParentProcess
{
    /// <summary>The environment variable jupyter_client sets for the kernels it launches.</summary>
    public const string EnvironmentVariable = "JPY_PARENT_PID";

    private readonly int? _processId;
    private readonly nint _handle;

    private ParentProcess(int? processId, nint handle)
    {
        _processId = processId;
        _handle = handle;
    }

    /// <summary>A parent identified by its process id (e.g. from a <c>--parent-pid</c> option).</summary>
    public static ParentProcess FromId(int processId) => new(processId, 0);

    /// <summary>A parent identified by a process handle inherited from it (Windows only).</summary>
    public static ParentProcess FromWindowsHandle(nint handle) => new(null, handle);

    /// <summary>
    /// The parent named by <c>JPY_PARENT_PID</c>: a process handle on Windows, a process id elsewhere;
    /// <see langword="null"/> when the variable is unset or not a positive number.
    /// </summary>
    /// <param name="getVariable">Reads an environment variable; defaults to the process environment.</param>
    /// <param name="isWindows">Whether the value is a Windows handle; defaults to the current OS.</param>
    public static ParentProcess? FromEnvironment(Func<string, string?>? getVariable = null, bool? isWindows = null)
    {
        var text = (getVariable ?? Environment.GetEnvironmentVariable)(EnvironmentVariable);
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            return null;
        }

        return isWindows ?? OperatingSystem.IsWindows() ? FromWindowsHandle((nint)value)
            : value <= int.MaxValue ? FromId((int)value)
            : null;
    }

    /// <summary>Whether the parent has exited (or cannot be found).</summary>
    public bool HasExited()
    {
        if (_processId is not { } id)
        {
            using var waitHandle = new ProcessHandleWaitHandle(_handle);
            return waitHandle.WaitOne(0);
        }

        try
        {
            using var process = Process.GetProcessById(id);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    /// <summary>Completes when the parent has exited, checking every <paramref name="pollInterval"/>.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled first.</exception>
    public async Task WaitForExitAsync(TimeSpan pollInterval, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(pollInterval);
        while (!HasExited())
        {
            await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        _processId is { } id
            ? string.Create(CultureInfo.InvariantCulture, $"process {id}")
            : string.Create(CultureInfo.InvariantCulture, $"process handle {_handle}");
}
