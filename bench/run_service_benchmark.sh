#!/usr/bin/env bash
# The prediction service's figures for docs/performance.md: Release build on loopback, wrk from Debian.
#   1. in-process scoring latency (bench harness, 1,000,000 calls)
#   2. throughput with wrk (2 threads, 64 connections, 20 s) posting one valid instance
#   3. latency at a fixed 1,000 requests/s (open-loop paced client in the bench harness; wrk2 is not packaged)
#   4. a bad-input barrage with wrk: every answer must be 4xx, none 5xx
# Usage: bench/run_service_benchmark.sh [PORT] [jit|native]   (from the repository root)
#   jit (default): the Release build on the shared framework (dotnet AmazonSalesRegression.Api.dll);
#   native: the Native AOT executable the image runs (dotnet publish -c Release -r linux-x64).
set -euo pipefail
port="${1:-18080}"
build="${2:-jit}"
url="http://127.0.0.1:${port}"
if [ "$build" = native ]; then
  native_dir="$(mktemp -d)"
  dotnet publish src/AmazonSalesRegression.Api -c Release -r linux-x64 -o "$native_dir" -v q -nologo >/dev/null
  service=("$native_dir/AmazonSalesRegression.Api")
else
  dotnet build src/AmazonSalesRegression.Api -c Release -v q -nologo >/dev/null
  service=(dotnet src/AmazonSalesRegression.Api/bin/Release/net10.0/AmazonSalesRegression.Api.dll)
fi
dotnet build bench/AmazonSalesRegression.Benchmarks -c Release -v q -nologo >/dev/null
bench="dotnet bench/AmazonSalesRegression.Benchmarks/bin/Release/net10.0/AmazonSalesRegression.Benchmarks.dll"

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%Y-%m-%dT%H:%MZ)"
echo "== in-process scoring"
$bench score models/amazon-sales-demand.json data/amazon_sales.csv 1000000

echo "== service, $build build (EMF log lines on stdout, sent to /dev/null)"
PORT="$port" MODEL_PATH="$PWD/models/amazon-sales-demand.json" "${service[@]}" serve >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "$url/ping" >/dev/null && break; sleep 0.2; done
wrk -t2 -c64 -d5s -s bench/predict.lua "$url/predict" >/dev/null   # warm-up (JIT tiering; same for both builds)
echo "-- wrk throughput: 2 threads, 64 connections, 20 s"
wrk -t2 -c64 -d20s --latency -s bench/predict.lua "$url/predict"
echo "-- fixed rate 1,000 requests/s for 30 s (open loop)"
$bench paced "$url/predict" 1000 30 bench/predict.json
echo "-- bad-input barrage: 2 threads, 64 connections, 10 s"
wrk -t2 -c64 -d10s -s bench/bad_inputs.lua "$url/predict"
echo "-- /metrics after the runs"
curl -s "$url/metrics" | grep -E '^http_requests_total' || true
