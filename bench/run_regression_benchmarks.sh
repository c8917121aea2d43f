#!/usr/bin/env bash
# Side-by-side regression benchmarks, one run (see docs/performance.md).
# Needs Debian's python3-statsmodels python3-pandas python3-scipy libopenblas0-pthread hyperfine.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
work=${BENCH_DIR:-/tmp/asr-bench}
mkdir -p "$work"
for project in src/AmazonSalesRegression.Cli bench/AmazonSalesRegression.Benchmarks; do dotnet build -c Release -v q "$project"; done
cli=src/AmazonSalesRegression.Cli/bin/Release/net10.0/AmazonSalesRegression.Cli
harness="dotnet bench/AmazonSalesRegression.Benchmarks/bin/Release/net10.0/AmazonSalesRegression.Benchmarks.dll"
[ -f "$work/wide.csv" ] || /usr/bin/python3 bench/make_wide_csv.py "$work/wide.csv" 200000

echo "== fit on a 200,000 x 20 CSV, end to end (process start to summary printed)"
hyperfine --warmup 1 --runs 5 -N \
  "$cli fit --data $work/wide.csv --target y" \
  "$cli fit --data $work/wide.csv --target y --stream" \
  "/usr/bin/python3 bench/statsmodels_fit.py $work/wide.csv y"
echo "== the same, in-process (after start-up and imports)"
for _ in 1 2 3; do $harness fitparts "$work/wide.csv" y; done
for _ in 1 2 3; do /usr/bin/python3 bench/statsmodels_fit.py "$work/wide.csv" y 2>&1 >/dev/null; done

echo "== in-memory QR fit, 1,000,000 x 50"
$harness qr 1000000 50 3
/usr/bin/python3 bench/qr_peers.py 1000000 50 3

echo "== streaming fit memory, 20 predictors"
$harness streaming 1000000 20
$harness streaming 4000000 20
