#!/usr/bin/python3
"""Writes the cross-validation benchmark CSV: N rows (default 100,000) x 50 correlated predictors and y (sparse truth).

    /usr/bin/python3 bench/make_cv_csv.py OUT.csv [ROWS]
"""
import sys

import numpy as np


def main():
    out = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    rng = np.random.default_rng(50)
    base = rng.standard_normal((rows, 5))
    x = np.repeat(base, 10, axis=1) * 0.6 + rng.standard_normal((rows, 50)) * 0.8
    beta = np.zeros(50)
    beta[rng.choice(50, 12, replace=False)] = rng.uniform(-1, 1, 12)
    y = 2 + x @ beta + rng.standard_normal(rows) * 2
    header = ",".join(["y"] + [f"x{i + 1}" for i in range(50)])
    np.savetxt(out, np.column_stack([y, x]), delimiter=",", header=header, comments="", fmt="%.10g")


if __name__ == "__main__":
    main()
