#!/usr/bin/python3
"""The peer of the harness's `csv` command: pandas.read_csv on the same file, timed in-process.

    /usr/bin/python3 bench/csv_peers.py DATA.csv RUNS
Reads the file once to warm up, then RUNS times; prints 'name best_seconds median_seconds best=.. median=..' (MB/s).
"""
import os
import statistics
import sys
import time

import pandas as pd


def main():
    path, runs = sys.argv[1], int(sys.argv[2])
    megabytes = os.path.getsize(path) / 1e6
    pd.read_csv(path)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        rows = len(pd.read_csv(path))
        times.append(time.perf_counter() - start)
    best, median = min(times), statistics.median(times)
    print(
        f"pandas {pd.__version__}: read_csv {best:.4f} {median:.4f} "
        f"best={megabytes / best:.0f}MB/s median={megabytes / median:.0f}MB/s ({rows} rows, {megabytes:.1f} MB)"
    )


if __name__ == "__main__":
    main()
