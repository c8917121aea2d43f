#!/usr/bin/env bash
# The prediction service's cold start for docs/performance.md: the JIT build (framework-dependent, run as
# "dotnet AmazonSalesRegression.Api.dll", as the image did before Native AOT) against the Native AOT executable.
#   1. publishes both once: "dotnet publish -c Release" and "dotnet publish -c Release -r linux-x64" (Native AOT;
#      needs clang and zlib1g-dev)
#   2. once the load average settles (two minutes at most), one untimed start of each (so that both read their
#      files from the page cache), then RUNS starts of each, alternating, each on a free loopback port with
#      MODEL_PATH set: the time from process start to the first 200 answer to POST /predict (bench/predict.json),
#      polled every 2 ms by a python3 client
#   3. min, median and max per build, the AOT/JIT ratio of the medians, the executable's and the JIT folder's sizes
# Usage: bench/run_coldstart_benchmark.sh [RUNS]   (from the repository root; RUNS defaults to 10)
set -euo pipefail
runs="${1:-10}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
dotnet publish src/AmazonSalesRegression.Api -c Release -o "$out/jit" -v q -nologo >/dev/null
dotnet publish src/AmazonSalesRegression.Api -c Release -r linux-x64 -o "$out/aot" -v q -nologo >/dev/null

# The publishes load the machine: wait (two minutes at most) for the 1-minute load average to fall below 1.
for _ in $(seq 1 24); do awk '{ exit !($1 < 1.0) }' /proc/loadavg && break; sleep 5; done

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%Y-%m-%dT%H:%MZ)"
echo "== load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== sizes: native executable $(stat -c %s "$out/aot/AmazonSalesRegression.Api") bytes" \
  "(symbols apart: $(stat -c %s "$out/aot/AmazonSalesRegression.Api.dbg") bytes);" \
  "JIT publish folder $(du -sb "$out/jit" | cut -f1) bytes in $(find "$out/jit" -type f | wc -l) files (plus the shared framework)"
echo "== start to first POST /predict 200, $runs runs each, alternating"
python3 - "$runs" "$out" models/amazon-sales-demand.json bench/predict.json <<'PY'
import http.client, os, socket, statistics, subprocess, sys, time

runs, out, model, body_file = int(sys.argv[1]), sys.argv[2], os.path.abspath(sys.argv[3]), sys.argv[4]
body = open(body_file, "rb").read()
builds = {
    "JIT": ["dotnet", os.path.join(out, "jit", "AmazonSalesRegression.Api.dll")],
    "AOT": [os.path.join(out, "aot", "AmazonSalesRegression.Api")],
}

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]

def cold_start(command):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "URLS", "MODEL_DIR")}
    env.update(PORT=str(port), MODEL_PATH=model, EMF_LOGS="off")
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - started < 30:
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                connection.request("POST", "/predict", body, {"Content-Type": "application/json"})
                if connection.getresponse().status == 200:
                    return (time.perf_counter() - started) * 1000
                connection.close()
            except OSError:
                pass
            time.sleep(0.002)
        raise SystemExit(f"{command[-1]} did not answer 200 within 30 s")
    finally:
        process.terminate()
        process.wait()

for command in builds.values():
    cold_start(command)
times = {name: [] for name in builds}
for _ in range(runs):
    for name, command in builds.items():
        times[name].append(cold_start(command))
for name, values in times.items():
    print(f"{name}: min {min(values):.0f} ms, median {statistics.median(values):.0f} ms, max {max(values):.0f} ms"
          f"  ({', '.join(f'{v:.0f}' for v in values)})")
print(f"AOT/JIT (medians): {statistics.median(times['AOT']) / statistics.median(times['JIT']):.2f}")
PY
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
