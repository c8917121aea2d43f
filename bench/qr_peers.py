#!/usr/bin/python3
"""The peers of the in-memory QR benchmark: numpy.linalg.lstsq and LAPACK's blocked QR (scipy.linalg.qr(mode="r"))
on an n x p standard-normal design (default 1,000,000 x 50), with whatever BLAS numpy is linked to (OpenBLAS here).

    /usr/bin/python3 bench/qr_peers.py [ROWS] [COLS] [REPEATS]
Prints one line per peer: 'name best_seconds median_seconds'. The BLAS in use is printed first (threadpoolctl).
"""
import statistics
import sys
import time

import numpy as np
import scipy.linalg as sl

try:
    from threadpoolctl import threadpool_info
except ImportError:  # pragma: no cover
    threadpool_info = None


def timed(f, repeats):
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        f()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def main():
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    cols = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    repeats = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    if threadpool_info:
        for pool in threadpool_info():
            print(f"# {pool['internal_api']} {pool['version']} {pool['architecture']} threads={pool['num_threads']}")
    rng = np.random.default_rng(1)
    x = np.asfortranarray(rng.standard_normal((rows, cols)))
    y = rng.standard_normal(rows)
    for name, f in [
        ("scipy.linalg.qr(mode=r)", lambda: sl.qr(x, mode="r", overwrite_a=False, check_finite=False)),
        ("numpy.linalg.lstsq", lambda: np.linalg.lstsq(x, y, rcond=None)),
    ]:
        best, median = timed(f, repeats)
        print(f"{name} {best:.4f} {median:.4f}")


if __name__ == "__main__":
    main()
