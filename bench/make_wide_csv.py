#!/usr/bin/python3
"""Writes a benchmark CSV: N rows x P numeric predictors plus the response y (default 200,000 rows, 20 predictors).

    /usr/bin/python3 bench/make_wide_csv.py OUT.csv [ROWS] [PREDICTORS]
Deterministic (seeded); numbers printed with 10 significant digits, as an export from a sales system would be.
Rows are generated and written in blocks, so a file of millions of rows needs little memory. With the default 20
predictors the file is the same as before the predictor count was an argument.
"""
import sys

import numpy as np

BLOCK = 500_000


def main():
    out = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 200_000
    predictors = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    rng = np.random.default_rng(2024)
    header = ",".join(["y"] + [f"x{i + 1}" for i in range(predictors)])
    if rows <= BLOCK:
        x = rng.standard_normal((rows, predictors)) * rng.uniform(0.5, 50, predictors) + rng.uniform(-10, 100, predictors)
        beta = rng.uniform(-2, 2, predictors)
        y = 5 + x @ beta + rng.standard_normal(rows) * 3
        np.savetxt(out, np.column_stack([y, x]), delimiter=",", header=header, comments="", fmt="%.10g")
        return

    scale = rng.uniform(0.5, 50, predictors)
    shift = rng.uniform(-10, 100, predictors)
    beta = rng.uniform(-2, 2, predictors)
    with open(out, "w", encoding="ascii") as f:
        f.write(header + "\n")
        for start in range(0, rows, BLOCK):
            n = min(BLOCK, rows - start)
            x = rng.standard_normal((n, predictors)) * scale + shift
            y = 5 + x @ beta + rng.standard_normal(n) * 3
            np.savetxt(f, np.column_stack([y, x]), delimiter=",", fmt="%.10g")


if __name__ == "__main__":
    main()
