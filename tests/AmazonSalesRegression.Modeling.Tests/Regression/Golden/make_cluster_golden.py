#!/usr/bin/python3
"""Writes cluster_golden.json: a small SKU panel and statsmodels' one-way cluster-robust inference for an OLS fit of it.

Run with Debian's python3 (apt-get install python3-statsmodels):
    /usr/bin/python3 make_cluster_golden.py
json writes floats with repr(), i.e. round-trip exact. ClusterRobustGoldenTests compares with it.

Cases:
  "t":            fit().get_robustcov_results(cov_type="cluster", groups=codes)  (use_t inherited True, t with G-1 df)
  "normal":       fit(cov_type="cluster", cov_kwds={"groups": codes})           (use_t False, normal reference)
  "uncorrected":  as "t" with use_correction=False
"""
import json

import numpy as np
import statsmodels
import statsmodels.api as sm


def panel():
    rng = np.random.default_rng(20261205)
    sizes = [7, 12, 5, 9, 15, 6, 11, 8, 10, 4, 13, 9, 7, 14]
    labels, x1, x2, y = [], [], [], []
    for g, size in enumerate(sizes):
        sku = f"SKU-{g:02d}"
        price = rng.uniform(10, 40)          # varies mostly between SKUs
        effect = rng.normal(0, 1.5)          # SKU random effect: errors correlated within a SKU
        for _ in range(size):
            p = price * rng.uniform(0.9, 1.1)
            promo = float(rng.uniform() < 0.3)
            labels.append(sku)
            x1.append(p)
            x2.append(promo)
            y.append(8.0 - 0.12 * p + 0.6 * promo + effect + rng.normal(0, 0.7))
    return labels, np.array(x1), np.array(x2), np.array(y)


def table(res, level=0.95):
    ci = res.conf_int(alpha=1 - level)
    return {
        "params": [float(v) for v in res.params],
        "bse": [float(v) for v in res.bse],
        "tvalues": [float(v) for v in res.tvalues],
        "pvalues": [float(v) for v in res.pvalues],
        "ci_lower": [float(v) for v in ci[:, 0]],
        "ci_upper": [float(v) for v in ci[:, 1]],
    }


def main():
    labels, x1, x2, y = panel()
    codes = np.unique(labels, return_inverse=True)[1]
    X = sm.add_constant(np.column_stack([x1, x2]))
    model = sm.OLS(y, X)
    base = model.fit()
    t = base.get_robustcov_results(cov_type="cluster", groups=codes)
    wald = t.f_test(np.eye(3)[1:])
    normal = model.fit(cov_type="cluster", cov_kwds={"groups": codes})
    raw = base.get_robustcov_results(cov_type="cluster", groups=codes, use_correction=False)
    hc1 = base.get_robustcov_results(cov_type="HC1")
    out = {
        "generator": f"statsmodels {statsmodels.__version__}, make_cluster_golden.py",
        "names": ["Intercept", "price", "promo"],
        "cluster": labels,
        "price": [float(v) for v in x1],
        "promo": [float(v) for v in x2],
        "y": [float(v) for v in y],
        "groups": int(len(set(labels))),
        "t": dict(table(t), use_t=bool(t.use_t), df=int(t.df_resid_inference),
                  wald_f=float(np.squeeze(wald.fvalue)), wald_p=float(wald.pvalue)),
        "normal": dict(table(normal), use_t=bool(normal.use_t)),
        "uncorrected": table(raw),
        "hc1_bse": [float(v) for v in hc1.bse],
    }
    with open("cluster_golden.json", "w") as f:
        json.dump(out, f, indent=1)


if __name__ == "__main__":
    main()
