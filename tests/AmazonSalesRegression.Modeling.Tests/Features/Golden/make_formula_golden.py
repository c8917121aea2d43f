#!/usr/bin/python3
"""Writes formula_fixture.csv and formula_golden.json: design matrices built by patsy (statsmodels' formula engine).

Run with Debian's python3 (apt-get install python3-statsmodels brings patsy):
    /usr/bin/python3 make_formula_golden.py
The C# tests in FormulaGoldenTests compare our column names and values with these.
"""
import json

import numpy as np
import pandas as pd
import patsy

FORMULAS = [
    "y ~ x + C(category)",
    "np.log(units) ~ np.log(price) + C(category) + prime_day + np.log(price):prime_day",
    "y ~ C(category) - 1",
    'y ~ C(category, Treatment("Toys")) + x',
    "y ~ x * prime_day",
    "y ~ C(category):x",
    "y ~ x + C(category):x",
    "y ~ x + I(x ** 2)",
    "y ~ (x + price + prime_day) ** 2",
    "y ~ 0 + x + C(category)",
    "y ~ category + x",
    "y ~ center(x) + standardize(price)",
    "y ~ C(category) * prime_day",
]


def make_fixture():
    rng = np.random.default_rng(7)
    cats = ["Books", "Electronics", "Toys"]
    rows = []
    for i in range(30):
        c = cats[i % 3] if i < 27 else cats[(i * 2) % 3]
        price = round(float(rng.uniform(5, 60)), 2)
        units = int(rng.integers(1, 80))
        prime = int(rng.random() < 0.3)
        x = round(float(rng.normal(10, 3)), 3)
        y = round(2 + 0.5 * x - 0.02 * price + (1.5 if c == "Toys" else 0) + float(rng.normal(0, 1)), 4)
        rows.append((f"2025-{(i % 12) + 1:02d}-{(i % 27) + 1:02d}", c, price, units, prime, x, y))
    with open("formula_fixture.csv", "w", newline="\n") as f:
        f.write("date,category,price,units,prime_day,x,y\n")
        for r in rows:
            f.write(",".join(str(v) for v in r) + "\n")


def main():
    make_fixture()
    data = pd.read_csv("formula_fixture.csv")
    cases = []
    for formula in FORMULAS:
        y, X = patsy.dmatrices(formula, data, return_type="dataframe")
        cases.append({
            "formula": formula,
            "columns": list(X.columns),
            "response": [float(v) for v in y.iloc[:, 0]],
            "values": [[float(v) for v in X[c]] for c in X.columns],
        })
    with open("formula_golden.json", "w", newline="\n") as f:
        json.dump({"generator": f"patsy {patsy.__version__}", "cases": cases}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
