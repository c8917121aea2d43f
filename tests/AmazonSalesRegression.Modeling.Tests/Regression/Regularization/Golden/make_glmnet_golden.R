# Writes glmnet_<name>.csv (y first, then the predictors) and glmnet_golden.json: glmnet's Gaussian elastic-net
# paths (default and user-given lambda sequences) for alpha in {1, 0.5, 0}, and cv.glmnet's CV curves with a
# fixed foldid, all with thresh = 1e-22 so that the coefficients are converged far below the test tolerance.
#
# Run with R and glmnet 4.1 (install.packages("glmnet") or apt-get install r-cran-glmnet):
#   Rscript make_glmnet_golden.R
suppressMessages(library(glmnet))
library(jsonlite)
set.seed(20241201)

ar1 <- function(n, p, rho) {
  z <- matrix(rnorm(n * p), n, p)
  x <- z
  for (j in 2:p) x[, j] <- rho * x[, j - 1] + sqrt(1 - rho^2) * z[, j]
  x
}

sets <- list()
x <- ar1(100, 8, 0.7) %*% diag(c(1, 2, 0.5, 10, 1, 3, 0.2, 1)) + matrix(rep(c(5, -1, 0, 20, 2, 0, 1, -3), each = 100), 100)
y <- 10 + x %*% c(1.5, -0.8, 0, 0.05, 0, 0.6, 0, -1) + rnorm(100, 0, 2)
sets$correlated <- list(x = x, y = drop(y))
x <- ar1(30, 25, 0.5)
y <- 2 + x[, 1:5] %*% c(3, -2, 1.5, 1, -1) + rnorm(30, 0, 0.5)
sets$wide <- list(x = x, y = drop(y))

fmt <- function(v) as.numeric(formatC(v, digits = 17, format = "g"))
path <- function(fit) list(
  lambda = fit$lambda, a0 = unname(fit$a0), beta = unname(lapply(seq_along(fit$lambda), function(k) as.numeric(fit$beta[, k]))),
  df = fit$df, dev_ratio = fit$dev.ratio)

cases <- list()
for (name in names(sets)) {
  s <- sets[[name]]
  colnames(s$x) <- paste0("x", seq_len(ncol(s$x)))
  write.csv(data.frame(y = s$y, s$x), paste0("glmnet_", name, ".csv"), row.names = FALSE, quote = FALSE)
  d <- read.csv(paste0("glmnet_", name, ".csv"))
  xx <- as.matrix(d[, -1]); yy <- d$y
  user <- exp(seq(log(5), log(0.001), length.out = 12))
  foldid <- rep_len(1:5, nrow(xx))[sample.int(nrow(xx))]
  for (a in c(1, 0.5, 0)) {
    cv <- cv.glmnet(xx, yy, alpha = a, foldid = foldid, thresh = 1e-22)
    cases[[length(cases) + 1]] <- list(
      data = name, alpha = a,
      default = path(glmnet(xx, yy, alpha = a, thresh = 1e-22)),
      user = path(glmnet(xx, yy, alpha = a, lambda = user, thresh = 1e-22)),
      cv = list(foldid = foldid, lambda = cv$lambda, cvm = cv$cvm, cvsd = cv$cvsd,
                lambda_min = cv$lambda.min, lambda_1se = cv$lambda.1se, nzero = unname(cv$nzero)))
  }
}
out <- list(generator = paste0(R.version.string, ", glmnet ", packageVersion("glmnet")), cases = cases)
writeLines(toJSON(out, digits = NA, auto_unbox = TRUE, pretty = FALSE), "glmnet_golden.json")
