#!/usr/bin/python3
"""Writes sklearn_golden.json: scikit-learn's ElasticNet on the glmnet_correlated.csv data with X standardized
(1/n standard deviation) and y on its own scale, at the (alpha, l1_ratio) that glmnet's (lambda, alpha) map to:
alpha_sk = lambda * (alpha + (1 - alpha) / s_y), l1_ratio = alpha / (alpha + (1 - alpha) / s_y), s_y the 1/n
standard deviation of y (glmnet scales y by it internally, so its ridge part is divided by s_y).

Run with Debian's python3 (apt-get install python3-sklearn):
    /usr/bin/python3 make_sklearn_golden.py
"""
import json

import numpy as np
import sklearn
from sklearn.linear_model import ElasticNet

data = np.loadtxt("glmnet_correlated.csv", delimiter=",", skiprows=1)
y, x = data[:, 0], data[:, 1:]
z = (x - x.mean(axis=0)) / x.std(axis=0)
s_y = y.std()
cases = []
for lam, alpha in [(0.3, 1.0), (0.05, 1.0), (0.3, 0.5), (0.05, 0.5), (1.0, 0.2)]:
    total = alpha + (1 - alpha) / s_y
    model = ElasticNet(alpha=lam * total, l1_ratio=alpha / total, fit_intercept=True, tol=1e-14, max_iter=1_000_000)
    model.fit(z, y)
    cases.append({"lambda": lam, "alpha": alpha, "sk_alpha": lam * total, "sk_l1_ratio": alpha / total,
                  "intercept": float(model.intercept_), "coef": [float(c) for c in model.coef_]})
with open("sklearn_golden.json", "w") as f:
    json.dump({"generator": f"scikit-learn {sklearn.__version__}", "y_scale": float(s_y), "cases": cases}, f, indent=1)
