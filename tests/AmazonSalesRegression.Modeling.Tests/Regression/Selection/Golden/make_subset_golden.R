# Writes subset_golden.json: a data set with 10 candidate predictors (some correlated, some irrelevant) and R's
# leaps::regsubsets results for it, best subset (method "exhaustive") and forward stepwise, for sizes 1 to 10:
# the chosen predictors, rss, rsq, adjr2, cp and bic. Numbers are written with jsonlite's 15 significant digits
# (the data are rounded to 6 decimals, so they are exact).
# SubsetSelectionGoldenTests compares with it.
#
# Run with Debian's R: apt-get install r-base-core r-cran-leaps r-cran-jsonlite ; Rscript make_subset_golden.R
suppressMessages(library(leaps))
set.seed(20261205)
n <- 120
# Standardized drivers; "basket" is a noisy proxy for rating - price, so it is the best single predictor but not
# part of the best pair (price, rating): forward stepwise, which keeps basket, differs from best subset.
price <- rnorm(n)
list_price <- price + rnorm(n, 0, 0.3)
rating <- rnorm(n)
basket <- -price + rating + rnorm(n, 0, 0.7)
ads <- rnorm(n)
display <- 0.5 * ads + rnorm(n, 0, 0.8)
reviews <- rpois(n, 40)
weekend <- rbinom(n, 1, 2 / 7)
noise1 <- rnorm(n)
noise2 <- rnorm(n)
y <- 10 - price + rating + 0.3 * ads + 0.2 * display + 0.4 * weekend + rnorm(n, 0, 0.5)
# Rounded so that the 15 significant digits jsonlite writes are the exact values leaps used.
d <- round(data.frame(y, price, list_price, rating, basket, ads, display, reviews, weekend, noise1, noise2), 6)

describe <- function(method) {
  s <- summary(regsubsets(y ~ ., data = d, nvmax = 10, method = method))
  lapply(seq_along(s$rss), function(k) list(
    size = k,
    which = I(names(which(s$which[k, -1]))),
    rss = s$rss[k], rsq = s$rsq[k], adjr2 = s$adjr2[k], cp = s$cp[k], bic = s$bic[k]
  ))
}

out <- list(
  generator = paste0(R.version.string, ", leaps ", packageVersion("leaps")),
  columns = names(d),
  data = lapply(d, as.numeric),
  exhaustive = describe("exhaustive"),
  forward = describe("forward")
)
writeLines(jsonlite::toJSON(out, auto_unbox = TRUE, digits = NA, pretty = FALSE), "subset_golden.json")
