#!/usr/bin/python3
"""Writes the OLS golden data sets (ols_*.csv) and statsmodels' results for them (ols_golden.json).

Run with Debian's python3 (apt-get install python3-statsmodels):
    /usr/bin/python3 make_ols_golden.py
Every number is printed with repr(), i.e. round-trip exact. The C# tests in OlsGoldenTests compare with it.
"""
import json

import numpy as np
import pandas as pd
import statsmodels
import statsmodels.api as sm
from statsmodels.stats.anova import anova_lm
from statsmodels.stats.diagnostic import het_breuschpagan
from statsmodels.stats.outliers_influence import variance_inflation_factor
from statsmodels.stats.stattools import durbin_watson, jarque_bera, omni_normtest


def datasets():
    rng = np.random.default_rng(20241129)
    n = 200
    # Heteroscedastic noise and three gross outliers.
    x1 = rng.uniform(0, 10, n)
    x2 = rng.normal(5, 2, n)
    y = 3 + 2 * x1 - 1.5 * x2 + rng.normal(0, 1, n) * (0.5 + 0.4 * x1)
    y[[17, 88, 151]] += [25.0, -30.0, 40.0]
    yield "hetero", pd.DataFrame({"y": y, "x1": x1, "x2": x2}), True
    # Strongly collinear predictors (r ~ 0.995), like correlated ad channels.
    a = rng.gamma(4, 25, n)
    b = a * 0.6 + rng.normal(0, 3, n)
    c = a * 0.3 + rng.normal(0, 1.5, n)
    y = 50 + 0.8 * np.log1p(a) * 10 + 0.05 * b + 0.1 * c + rng.normal(0, 4, n)
    yield "collinear", pd.DataFrame({"y": y, "sp": a, "sb": b, "display": c}), True
    # No intercept.
    x1 = rng.uniform(1, 5, 60)
    x2 = rng.uniform(-2, 2, 60)
    y = 2 * x1 + 3 * x2 + rng.normal(0, 0.5, 60)
    yield "nointercept", pd.DataFrame({"y": y, "x1": x1, "x2": x2}), False
    # Log-log demand with autocorrelated errors (time ordered).
    t = np.arange(150)
    price = 20 * np.exp(rng.normal(0, 0.15, 150))
    e = np.zeros(150)
    for i in range(1, 150):
        e[i] = 0.6 * e[i - 1] + rng.normal(0, 0.1)
    units = np.exp(4 - 1.3 * np.log(price) + 0.002 * t + e)
    yield "demand", pd.DataFrame({"y": np.log(units), "log_price": np.log(price), "t": t.astype(float)}), True


def r(x):
    return [float(v) for v in np.asarray(x).ravel()]


def results(name, df, intercept):
    exog = df.drop(columns="y")
    X = sm.add_constant(exog) if intercept else exog
    fit = sm.OLS(df["y"], X).fit()
    k = len(fit.params)
    new = X.iloc[:3].copy() * 1.1
    if intercept:
        new["const"] = 1.0
    pred = fit.get_prediction(new).summary_frame(alpha=0.05)
    influence = fit.get_influence()
    jb, jbp, skew, kurt = jarque_bera(fit.resid)
    omni, omnip = omni_normtest(fit.resid)
    out = {
        "name": name,
        "intercept": intercept,
        "columns": list(X.columns),
        "nobs": int(fit.nobs),
        "params": r(fit.params),
        "bse": r(fit.bse),
        "tvalues": r(fit.tvalues),
        "pvalues": r(fit.pvalues),
        "conf_int_lower": r(fit.conf_int(0.05)[0]),
        "conf_int_upper": r(fit.conf_int(0.05)[1]),
        "rsquared": float(fit.rsquared),
        "rsquared_adj": float(fit.rsquared_adj),
        "resid_std_err": float(np.sqrt(fit.scale)),
        "df_resid": float(fit.df_resid),
        "df_model": float(fit.df_model),
        "fvalue": float(fit.fvalue),
        "f_pvalue": float(fit.f_pvalue),
        "llf": float(fit.llf),
        "aic": float(fit.aic),
        "bic": float(fit.bic),
        "aic_r": float(-2 * fit.llf + 2 * (k + 1)),
        "bic_r": float(-2 * fit.llf + np.log(fit.nobs) * (k + 1)),
        "condition_number": float(fit.condition_number),
        "durbin_watson": float(durbin_watson(fit.resid)),
        "jarque_bera": float(jb),
        "jarque_bera_p": float(jbp),
        "skew": float(skew),
        "kurtosis": float(kurt),
        "omnibus": float(omni),
        "omnibus_p": float(omnip),
        "hc": {h: r(getattr(fit, f"{h}_se")) for h in ["HC0", "HC1", "HC2", "HC3"]},
        "hc3_pvalues_t": r(fit.get_robustcov_results("HC3", use_t=True).pvalues),
        "hc3_pvalues_normal": r(fit.get_robustcov_results("HC3", use_t=False).pvalues),
        "resid": r(fit.resid),
        "ssr": float(fit.ssr),
        "leverage": r(influence.hat_matrix_diag),
        "student_internal": r(influence.resid_studentized_internal),
        "student_external": r(influence.resid_studentized_external),
        "cooks_distance": r(influence.cooks_distance[0]),
        "prediction": {
            "x": [r(row) for row in new.to_numpy()],
            "mean": r(pred["mean"]),
            "mean_se": r(pred["mean_se"]),
            "mean_ci_lower": r(pred["mean_ci_lower"]),
            "mean_ci_upper": r(pred["mean_ci_upper"]),
            "obs_ci_lower": r(pred["obs_ci_lower"]),
            "obs_ci_upper": r(pred["obs_ci_upper"]),
        },
    }
    if intercept:
        out["vif"] = {c: float(variance_inflation_factor(X.to_numpy(), i)) for i, c in enumerate(X.columns) if c != "const"}
        lm, lmp, fstat, fp = het_breuschpagan(fit.resid, X, robust=True)
        lm0, lmp0, _, _ = het_breuschpagan(fit.resid, X, robust=False)
        out["breusch_pagan_koenker"] = [float(lm), float(lmp)]
        out["breusch_pagan_original"] = [float(lm0), float(lmp0)]
        restricted = sm.OLS(df["y"], X.iloc[:, :-1]).fit()
        f, p, dfd = fit.compare_f_test(restricted)
        out["nested_f_drop_last"] = [float(f), float(p), float(dfd)]
    return out


def main():
    cases = []
    for name, df, intercept in datasets():
        df.to_csv(f"ols_{name}.csv", index=False, float_format="%.17g", lineterminator="\n")
        # Read back so the golden numbers come from exactly the bytes the C# test reads.
        df = pd.read_csv(f"ols_{name}.csv", float_precision="round_trip")
        cases.append(results(name, df, intercept))
    with open("ols_golden.json", "w", newline="\n") as f:
        json.dump({"generator": f"statsmodels {statsmodels.__version__}", "cases": cases}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
