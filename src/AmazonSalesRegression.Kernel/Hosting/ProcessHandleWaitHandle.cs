using Microsoft.Win32.SafeHandles;

namespace AmazonSalesRegression.Kernel.Hosting;

/// <summary>Waits on a Windows process handle, which becomes signalled when the process exits. Does not own the handle.</summary>
internal sealed class ProcessHandleWaitHandle : WaitHandle
{
    public ProcessHandleWaitHandle(nint handle) => SafeWaitHandle = new SafeWaitHandle(handle, ownsHandle: false);
}
