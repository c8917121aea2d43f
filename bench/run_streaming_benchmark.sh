#!/usr/bin/env bash
# The streaming fit of a 5,000,000 x 10 CSV (see docs/performance.md, "Streaming fit"): wall time, throughput and peak
# resident memory of `fit --data big.csv --target y`, which streams on its own (the file is over 256 MiB).
#     bench/run_streaming_benchmark.sh [RUNS]
# The data (about 0.66 GB) go to $BENCH_DIR (default /tmp/asr-bench); numpy comes from Debian's python3-numpy.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
work=${BENCH_DIR:-/tmp/asr-bench}
runs=${1:-3}
data="$work/stream_5m_10.csv"
cli=src/AmazonSalesRegression.Cli/bin/Release/net10.0/AmazonSalesRegression.Cli
mkdir -p "$work"
dotnet build -c Release -v q src/AmazonSalesRegression.Cli
[ -f "$data" ] || /usr/bin/python3 bench/make_wide_csv.py "$data" 5000000 10
bytes=$(stat -L -c %s "$data")
cat "$data" > /dev/null # warm the page cache: the figure is parsing and fitting, not the disk
echo "file: $data, $bytes bytes; $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq "$runs"); do
    /usr/bin/time -v "$cli" fit --data "$data" --target y > "$work/stream_fit.txt" 2> "$work/stream_time.txt"
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/stream_time.txt")
    seconds=$(echo "$wall" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/stream_time.txt")
    cpu=$(sed -n 's/.*Percent of CPU this job got: //p' "$work/stream_time.txt")
    user=$(sed -n 's/.*User time (seconds): //p' "$work/stream_time.txt")
    system=$(sed -n 's/.*System time (seconds): //p' "$work/stream_time.txt")
    awk -v r="$run" -v s="$seconds" -v b="$bytes" -v k="$rss" -v c="$cpu" -v u="$user" -v y="$system" \
        'BEGIN { printf "run %d: wall %.2f s, %.0f MB/s, peak RSS %.1f MiB, CPU %s (user %.2f s + system %.2f s)\n", r, s, b / 1e6 / s, k / 1024, c, u, y }'
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -E "No. Observations|R-squared:|Durbin-Watson" "$work/stream_fit.txt"
