#!/usr/bin/env bash
# CSV parsing throughput, side by side in one run (see docs/performance.md, "CSV parsing throughput"):
# CsvReader.ReadInferred of this checkout, the same of the previous reader (commit d46e895, the hand-written
# tokenizer, built in a temporary git worktree with this checkout's harness), and pandas.read_csv.
# Needs Debian's python3-pandas. Usage: bench/run_csv_benchmark.sh [RUNS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs=${1:-9}
work=${BENCH_DIR:-/tmp/asr-bench}
old_commit=d46e895
mkdir -p "$work"
[ -f "$work/wide.csv" ] || /usr/bin/python3 bench/make_wide_csv.py "$work/wide.csv" 200000
harness=bench/AmazonSalesRegression.Benchmarks
dotnet build -c Release -v q "$harness"

# The previous reader: its library at $old_commit, timed by this checkout's harness (the `csv` command is new).
old=$(mktemp -d /tmp/asr-csv-old.XXXXXX)
trap 'git worktree remove --force "$old" >/dev/null 2>&1 || true; rm -rf "$old"' EXIT
git worktree add -q --detach "$old" "$old_commit"
cp "$harness/Program.cs" "$old/$harness/Program.cs"
dotnet build -c Release -v q "$old/$harness"

echo "== CsvReader.ReadInferred / pandas.read_csv on $(basename "$work/wide.csv"), $runs runs each after a warm-up (load: $(cut -d' ' -f1-3 /proc/loadavg))"
for round in 1 2; do
  echo "-- round $round"
  printf 'new (Sep):      '; dotnet "$harness/bin/Release/net10.0/AmazonSalesRegression.Benchmarks.dll" csv "$work/wide.csv" "$runs"
  printf 'old (%s): ' "$old_commit"; dotnet "$old/$harness/bin/Release/net10.0/AmazonSalesRegression.Benchmarks.dll" csv "$work/wide.csv" "$runs"
  printf 'peer:           '; /usr/bin/python3 bench/csv_peers.py "$work/wide.csv" "$runs"
done
