#!/usr/bin/env bash
# The prediction service's figures for docs/performance.md: Release build on loopback, wrk from Debian.
#   1. in-process scoring latency (bench harness, 1,000,000 calls)
#   2. throughput with wrk (2 threads, 64 connections, 20 s) posting one valid instance
#   3. latency at a fixed 1,000 requests/s (open-loop paced client in the bench harness; wrk2 is not packaged)
#   4. a bad-input barrage with wrk: every answer must be 4xx, none 5xx
# Usage: bench/run_service_benchmark.sh [PORT]   (from the repository root)
set -euo pipefail
port="${1:-18080}"
url="http://127.0.0.1:${port}"
dotnet build src/AmazonSalesRegression.Api -c Release -v q -nologo >/dev/null
dotnet build bench/AmazonSalesRegression.Benchmarks -c Release -v q -nologo >/dev/null
bench="dotnet bench/AmazonSalesRegression.Benchmarks/bin/Release/net10.0/AmazonSalesRegression.Benchmarks.dll"

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%Y-%m-%dT%H:%MZ)"
echo "== in-process scoring"
$bench score models/amazon-sales-demand.json data/amazon_sales.csv 1000000

echo "== service (EMF log lines on stdout, sent to /dev/null)"
PORT="$port" dotnet src/AmazonSalesRegression.Api/bin/Release/net10.0/AmazonSalesRegression.Api.dll serve >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "$url/ping" >/dev/null && break; sleep 0.2; done
wrk -t2 -c64 -d5s -s bench/predict.lua "$url/predict" >/dev/null   # warm-up (JIT tiering)
echo "-- wrk throughput: 2 threads, 64 connections, 20 s"
wrk -t2 -c64 -d20s --latency -s bench/predict.lua "$url/predict"
echo "-- fixed rate 1,000 requests/s for 30 s (open loop)"
$bench paced "$url/predict" 1000 30 bench/predict.json
echo "-- bad-input barrage: 2 threads, 64 connections, 10 s"
wrk -t2 -c64 -d10s -s bench/bad_inputs.lua "$url/predict"
echo "-- /metrics after the runs"
curl -s "$url/metrics" | grep -E '^http_requests_total' || true
