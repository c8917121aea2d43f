#!/usr/bin/python3
"""Writes fit_golden.csv and fit_golden.json: statsmodels' results for `fit --formula` with missing values.

Run with Debian's python3 (apt-get install python3-statsmodels python3-pandas), from this folder:
    /usr/bin/python3 make_fit_golden.py
json writes floats with repr(), i.e. round-trip exact. FitGoldenTests compares the CLI with it.

The CSV has 120 rows: a numeric x1, a positive x2 (for log), a text category region (4 levels), a text cluster
column store (15 stores), and missing values: empty cells in y, x1, region and store and a NaN in x2. The rows
with a missing value in a used column are dropped, as pandas' read_csv + patsy's NA_action="drop" do; the store
column is used only by the cluster cases, so only they drop the row whose store is empty.

Cases (ols(FORMULA, data).fit(...)):
  "nonrobust":  fit()
  "HC3":        fit(cov_type="HC3")                                   (use_t None: normal reference)
  "cluster":    fit(cov_type="cluster", cov_kwds={"groups": store})   (use_t None: normal reference)
  "cluster_t":  as "cluster" with use_t=True                          (t with G - 1 df)
"""
import io
import json

import numpy as np
import pandas as pd
import statsmodels
import statsmodels.formula.api as smf

FORMULA = "y ~ x1 + np.log(x2) + C(region)"


def table():
    rng = np.random.default_rng(20240615)
    n = 120
    store = rng.integers(1, 16, n)
    region = np.array(["north", "south", "east", "west"])[rng.integers(0, 4, n)]
    x1 = rng.normal(0.0, 1.5, n)
    x2 = np.exp(rng.normal(1.0, 0.6, n))
    store_effect = rng.normal(0.0, 1.0, 16)[store]
    region_effect = {"north": 0.0, "south": 0.8, "east": -0.5, "west": 1.3}
    noise = rng.normal(0.0, 1.0, n) * (0.5 + 0.4 * np.abs(x1))
    y = 2.0 + 0.7 * x1 - 1.1 * np.log(x2) + np.array([region_effect[r] for r in region]) + store_effect + noise
    frame = pd.DataFrame(
        {
            "y": [repr(float(v)) for v in y],
            "x1": [repr(float(v)) for v in x1],
            "x2": [repr(float(v)) for v in x2],
            "region": region,
            "store": [f"S{s:02d}" for s in store],
        }
    )
    frame.loc[[6, 57], "x1"] = ""
    frame.loc[[23], "x2"] = "NaN"
    frame.loc[[40], "region"] = ""
    frame.loc[[88], "y"] = ""
    frame.loc[[101], "store"] = ""
    return frame


def case(name, data, used, **fit_args):
    clean = data.dropna(subset=used)
    if "cov_kwds" in fit_args:
        fit_args["cov_kwds"] = {"groups": pd.factorize(clean["store"])[0]}
    result = smf.ols(FORMULA, clean).fit(**fit_args)
    assert smf.ols(FORMULA, data).fit().nobs == len(data.dropna(subset=["y", "x1", "x2", "region"]))
    ci = result.conf_int()
    return {
        "name": name,
        "use_t": bool(result.use_t),
        "names": list(result.params.index),
        "params": [float(v) for v in result.params],
        "bse": [float(v) for v in result.bse],
        "tvalues": [float(v) for v in result.tvalues],
        "pvalues": [float(v) for v in result.pvalues],
        "conf_int_lower": [float(v) for v in ci[0]],
        "conf_int_upper": [float(v) for v in ci[1]],
        "rsquared": float(result.rsquared),
        "nobs": int(result.nobs),
        "rows_dropped": int(len(data) - len(clean)),
        "dropped_lines": [int(i) + 2 for i in data.index.difference(clean.index)],
        "fvalue": float(np.squeeze(result.fvalue)),
        "f_pvalue": float(result.f_pvalue),
    }


def main():
    frame = table()
    frame.to_csv("fit_golden.csv", index=False, lineterminator="\n")
    data = pd.read_csv("fit_golden.csv")
    used = ["y", "x1", "x2", "region"]
    golden = {
        "generator": f"statsmodels {statsmodels.__version__}, pandas {pd.__version__}",
        "formula": FORMULA,
        "cases": [
            case("nonrobust", data, used),
            case("HC3", data, used, cov_type="HC3"),
            case("cluster", data, used + ["store"], cov_type="cluster", cov_kwds={}),
            case("cluster_t", data, used + ["store"], cov_type="cluster", cov_kwds={}, use_t=True),
        ],
    }
    with open("fit_golden.json", "w", encoding="utf-8") as out:
        json.dump(golden, out, indent=1)
        out.write("\n")


if __name__ == "__main__":
    main()
