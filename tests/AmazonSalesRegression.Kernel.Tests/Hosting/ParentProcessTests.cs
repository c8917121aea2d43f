using System.Diagnostics;
using AmazonSalesRegression.Kernel.Hosting;
using AmazonSalesRegression.Kernel.Tests.Fakes;
using AmazonSalesRegression.Kernel.Tests.Support;

namespace AmazonSalesRegression.Kernel.Tests.Hosting;

public sealed class ParentProcessTests
{
    // Windows process ids are multiples of 4 and Linux caps them at 2^22, so this id never names a live process.
    private const int MissingProcessId = int.MaxValue;

    [Fact]
    public void Jpy_parent_pid_is_read_as_a_process_id_outside_windows()
    {
        // Given
        Func<string, string?> environment = name =>
            name == "JPY_PARENT_PID" ? Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;

        // When
        var parent = ParentProcess.FromEnvironment(environment, isWindows: false);

        // Then
        Assert.NotNull(parent);
        Assert.Equal($"process {Environment.ProcessId}", parent.ToString());
    }

    [Fact]
    public void Jpy_parent_pid_is_read_as_a_process_handle_on_windows()
    {
        // Given
        Func<string, string?> environment = name => name == "JPY_PARENT_PID" ? "1234" : null;

        // When
        var parent = ParentProcess.FromEnvironment(environment, isWindows: true);

        // Then
        Assert.Equal("process handle 1234", parent!.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("0")]
    public void A_missing_or_invalid_jpy_parent_pid_means_no_parent_to_watch(string? value)
    {
        // Given
        Func<string, string?> environment = _ => value;

        // When
        var parent = ParentProcess.FromEnvironment(environment, isWindows: false);

        // Then
        Assert.Null(parent);
    }

    [Fact]
    public void A_running_process_has_not_exited_and_a_missing_one_has()
    {
        // Given
        var running = ParentProcess.FromId(Environment.ProcessId);
        var missing = ParentProcess.FromId(MissingProcessId);

        // When
        var (runningExited, missingExited) = (running.HasExited(), missing.HasExited());

        // Then
        Assert.False(runningExited);
        Assert.True(missingExited);
    }

    [Fact]
    public async Task The_kernel_stops_by_itself_when_its_parent_is_gone()
    {
        // Given
        var ports = FreePorts.Take(5);
        var connection = new ConnectionInfo(ports[0], ports[1], ports[2], ports[3], ports[4], Key: "k");
        var log = new CollectingLogger();
        var options = new KernelOptions
        {
            Logger = log,
            Parent = ParentProcess.FromId(MissingProcessId),
            ParentPollInterval = TimeSpan.FromMilliseconds(20),
        };

        // When
        var run = JupyterKernel.RunAsync(connection, new FakeSessionFactory().Create, options, CancellationToken.None);
        await run.WaitAsync(TimeSpan.FromSeconds(10));

        // Then
        Assert.True(run.IsCompletedSuccessfully);
        Assert.True(log.WaitFor($"parent process {MissingProcessId} exited"));
    }

    [Fact]
    public async Task Waiting_for_a_live_parent_continues_until_cancelled()
    {
        // Given
        using var cancel = new CancellationTokenSource();
        var wait = ParentProcess.FromId(Process.GetCurrentProcess().Id).WaitForExitAsync(TimeSpan.FromMilliseconds(10), cancel.Token);

        // When
        await Task.Delay(50);
        var completedEarly = wait.IsCompleted;
        await cancel.CancelAsync();

        // Then
        Assert.False(completedEarly);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
    }
}
