# Writes polynomial_golden.json: R's lm for a cubic in x written with I() plus a 0/1 promotion flag,
# y ~ x + I(x^2) + I(x^3) + promo, its coefficient table, and predict(..., interval = "confidence" / "prediction")
# along a grid of x with promo held at 1 (the fitted curve a notebook draws); and the same cubic with R's orthogonal
# polynomials, y ~ poly(x, 3) + promo: coefficient names, table and predictions on the grid (through poly's coefs).
# Numbers are written with jsonlite's 15 significant digits (the data are rounded to 4 decimals, so they are exact).
# PolynomialFitGoldenTests compares with it.
#
# Run with Debian's R: apt-get install r-base-core r-cran-jsonlite ; Rscript make_polynomial_golden.R
set.seed(20261205)
n <- 80
x <- round(runif(n, 0, 10), 4)
promo <- rbinom(n, 1, 0.3)
y <- round(20 + 3 * x - 0.6 * x^2 + 0.03 * x^3 + 2 * promo + rnorm(n, 0, 1.5), 4)
d <- data.frame(y, x, promo)
fit <- lm(y ~ x + I(x^2) + I(x^3) + promo, data = d)
s <- summary(fit)$coefficients
grid <- seq(0, 10, by = 0.5)
new <- data.frame(x = grid, promo = 1)
mean_ci <- predict(fit, new, interval = "confidence", level = 0.9)
obs_ci <- predict(fit, new, interval = "prediction", level = 0.9)
orth <- lm(y ~ poly(x, 3) + promo, data = d)
so <- summary(orth)$coefficients
out <- list(
  generator = R.version.string,
  data = as.list(d),
  estimate = unname(s[, 1]), std_error = unname(s[, 2]),
  grid = grid,
  fit = unname(mean_ci[, "fit"]), mean_lower = unname(mean_ci[, "lwr"]), mean_upper = unname(mean_ci[, "upr"]),
  obs_lower = unname(obs_ci[, "lwr"]), obs_upper = unname(obs_ci[, "upr"]),
  poly_names = rownames(so), poly_estimate = unname(so[, 1]), poly_std_error = unname(so[, 2]),
  poly_fit = unname(predict(orth, new))
)
writeLines(jsonlite::toJSON(out, digits = NA, auto_unbox = TRUE), "polynomial_golden.json")
