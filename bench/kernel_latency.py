#!/usr/bin/python3
"""Kernel latency through jupyter_client, as an instructor experiences it.

    /usr/bin/python3 bench/kernel_latency.py [WARM_CELLS] [PAUSE_SECONDS] [KERNEL_NAME]
KERNEL_NAME defaults to amazon-sales-csharp; `python3` (Debian's python3-ipykernel) times the reference peer the
same way (both kernels accept the same trivial cells).
Needs the kernelspec: `dotnet run --project src/AmazonSalesRegression.Cli -- kernel install` (or --prefix P with JUPYTER_PATH=P/share/jupyter).
Prints: start-up until the kernel answers kernel_info, the first cell sent PAUSE_SECONDS after that (default 0; the
kernel warms Roslyn in the background meanwhile, as it does while an instructor opens the notebook),
and the end-to-end time of a trivial warm cell (execute_request sent to status idle received): median and 95th percentile.
"""
import statistics
import sys
import time

from jupyter_client.manager import start_new_kernel


def run(client, code):
    start = time.perf_counter()
    msg_id = client.execute(code)
    while True:
        msg = client.get_iopub_msg(timeout=60)
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            break
    reply = client.get_shell_msg(timeout=60)
    assert reply["content"]["status"] == "ok", reply["content"]
    return time.perf_counter() - start


def main():
    warm = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    pause = float(sys.argv[2]) if len(sys.argv) > 2 else 0.0
    kernel = sys.argv[3] if len(sys.argv) > 3 else "amazon-sales-csharp"
    start = time.perf_counter()
    manager, client = start_new_kernel(kernel_name=kernel, startup_timeout=60)
    ready = time.perf_counter() - start
    try:
        time.sleep(pause)
        first = run(client, "answer = 6 * 7" if kernel.startswith("python") else "var answer = 6 * 7; answer")
        times = sorted(run(client, "1 + 1") for _ in range(warm))
        p95 = times[int(0.95 * (len(times) - 1))]
        print(f"kernel {kernel}")
        print(f"kernel ready (kernel_info answered): {ready * 1000:.0f} ms")
        print(f"first cell, sent {pause:g} s after ready: {first * 1000:.0f} ms")
        print(f"warm trivial cell over {warm}: median {statistics.median(times) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms")
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)


if __name__ == "__main__":
    main()
