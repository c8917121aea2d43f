#!/usr/bin/env bash
# Side-by-side benchmark of a 10-fold cross-validated elastic net path (alpha 0.5, 100 lambdas) on 100,000 x 50:
# ours, R's cv.glmnet and scikit-learn's ElasticNetCV, one after the other (see docs/performance.md).
# Needs Debian's r-base-core r-cran-glmnet python3-sklearn python3-pandas.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
work=${BENCH_DIR:-/tmp/asr-bench}
mkdir -p "$work"
dotnet build -c Release -v q bench/AmazonSalesRegression.Benchmarks
[ -f "$work/cv.csv" ] || /usr/bin/python3 bench/make_cv_csv.py "$work/cv.csv" 100000
dotnet bench/AmazonSalesRegression.Benchmarks/bin/Release/net10.0/AmazonSalesRegression.Benchmarks.dll cv "$work/cv.csv"
Rscript bench/cv_peers.R "$work/cv.csv"
/usr/bin/python3 bench/cv_peers.py "$work/cv.csv"
