#!/usr/bin/python3
"""Writes the benchmark CSV: N rows x 20 numeric predictors plus the response y (default 200,000 rows).

    /usr/bin/python3 bench/make_wide_csv.py OUT.csv [ROWS]
Deterministic (seeded); numbers printed with 10 significant digits, as an export from a sales system would be.
"""
import sys

import numpy as np


def main():
    out = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 200_000
    rng = np.random.default_rng(2024)
    x = rng.standard_normal((rows, 20)) * rng.uniform(0.5, 50, 20) + rng.uniform(-10, 100, 20)
    beta = rng.uniform(-2, 2, 20)
    y = 5 + x @ beta + rng.standard_normal(rows) * 3
    data = np.column_stack([y, x])
    header = ",".join(["y"] + [f"x{i + 1}" for i in range(20)])
    np.savetxt(out, data, delimiter=",", header=header, comments="", fmt="%.10g")


if __name__ == "__main__":
    main()
