#!/usr/bin/python3
"""Writes grouped_cv_golden.json: a small SKU panel, scikit-learn's LeaveOneGroupOut and GroupKFold folds for it and
the test MSE of an OLS fit (LinearRegression on price and promo, with an intercept) in every fold.

Run with Debian's python3 (apt-get install python3-sklearn):
    /usr/bin/python3 make_grouped_cv_golden.py
json writes floats with repr(), i.e. round-trip exact. GroupedCrossValidationTests compares with it.
Group sizes are distinct so that GroupKFold's assignment does not depend on how numpy orders ties.
"""
import json

import numpy as np
import sklearn
from sklearn.linear_model import LinearRegression
from sklearn.metrics import mean_squared_error
from sklearn.model_selection import GroupKFold, LeaveOneGroupOut


def panel():
    rng = np.random.default_rng(7)
    sizes = [9, 4, 12, 6, 15, 7, 11, 5, 8, 13]
    names = ["B07", "A12", "C03", "A02", "D11", "B10", "a01", "C99", "B01", "E05"]  # not in sorted order
    labels, price, promo, y = [], [], [], []
    for name, size in zip(names, sizes):
        base, effect = rng.uniform(5, 30), rng.normal(0, 1)
        for _ in range(size):
            p, q = base * rng.uniform(0.85, 1.15), float(rng.uniform() < 0.25)
            labels.append(name)
            price.append(p)
            promo.append(q)
            y.append(6 - 0.1 * p + 0.5 * q + effect + rng.normal(0, 0.5))
    order = rng.permutation(len(labels))  # rows of a group interleaved with the others
    pick = lambda v: [v[i] for i in order]
    return pick(labels), np.array(pick(price)), np.array(pick(promo)), np.array(pick(y))


def folds(splitter, X, y, groups):
    out = []
    for train, test in splitter.split(X, y, groups):
        fit = LinearRegression().fit(X[train], y[train])
        out.append({"test": [int(i) for i in test], "mse": float(mean_squared_error(y[test], fit.predict(X[test])))})
    return out


def main():
    labels, price, promo, y = panel()
    X = np.column_stack([price, promo])
    out = {
        "generator": f"scikit-learn {sklearn.__version__}, make_grouped_cv_golden.py",
        "sku": labels,
        "price": [float(v) for v in price],
        "promo": [float(v) for v in promo],
        "y": [float(v) for v in y],
        "leave_one_group_out": folds(LeaveOneGroupOut(), X, y, labels),
        "group_kfold_4": folds(GroupKFold(n_splits=4), X, y, labels),
    }
    with open("grouped_cv_golden.json", "w") as f:
        json.dump(out, f, indent=None)


if __name__ == "__main__":
    main()
