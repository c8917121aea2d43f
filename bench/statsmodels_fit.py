#!/usr/bin/python3
"""The peer of `fit` in the benchmark: pandas.read_csv + statsmodels OLS().fit().summary(), timed in-process.

    /usr/bin/python3 bench/statsmodels_fit.py DATA.csv TARGET
Prints the in-process seconds (after imports) on stderr as 'inprocess_seconds=S' and the summary on stdout.
"""
import sys
import time

import pandas as pd
import statsmodels.api as sm


def main():
    path, target = sys.argv[1], sys.argv[2]
    start = time.perf_counter()
    data = pd.read_csv(path)
    y = data[target]
    x = sm.add_constant(data.drop(columns=target))
    summary = sm.OLS(y, x).fit().summary()
    text = str(summary)
    elapsed = time.perf_counter() - start
    print(text)
    print(f"inprocess_seconds={elapsed:.4f}", file=sys.stderr)


if __name__ == "__main__":
    main()
