#!/usr/bin/python3
"""The scikit-learn peer of the cross-validation benchmark: ElasticNetCV(l1_ratio=0.5, n_alphas=100, cv=KFold(10)).

    /usr/bin/python3 bench/cv_peers.py DATA.csv
scikit-learn's alpha grid and objective differ from glmnet's (no internal standardization), so its alpha_ is reported as is.
"""
import statistics
import sys
import time

import pandas as pd
from sklearn.linear_model import ElasticNetCV
from sklearn.model_selection import KFold


def main():
    data = pd.read_csv(sys.argv[1])
    y = data["y"].to_numpy()
    x = data.drop(columns="y").to_numpy()
    times = []
    for _ in range(3):
        start = time.perf_counter()
        model = ElasticNetCV(l1_ratio=0.5, n_alphas=100, cv=KFold(10), n_jobs=1).fit(x, y)
        times.append(time.perf_counter() - start)
    print(f"sklearn ElasticNetCV best {min(times):.3f} s median {statistics.median(times):.3f} s alpha_ {model.alpha_:.10g}")


if __name__ == "__main__":
    main()
