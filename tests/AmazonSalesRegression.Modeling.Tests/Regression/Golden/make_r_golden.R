# Writes ols_aliased.csv and r_golden.json: R's lm on a design with an exactly collinear trio
# (selling = list - discount) and a categorical factor, with the aliased coefficient as NA,
# and car::vif's generalized VIF (GVIF) for a model with a factor.
#
# Run with Debian's R: apt-get install r-base-core r-cran-car ; Rscript make_r_golden.R
suppressMessages(library(car))
set.seed(20241129)
n <- 120
category <- factor(rep(c("Books", "Electronics", "Toys"), length.out = n))
list_price <- round(runif(n, 10, 60), 2)
discount <- round(list_price * sample(c(0, 0.05, 0.1, 0.2), n, replace = TRUE), 2)
selling_price <- round(list_price - discount, 2)
ads <- round(rgamma(n, 3, 0.1), 2)
y <- 20 - 0.3 * selling_price + 0.05 * ads + c(0, 4, -2)[as.integer(category)] + rnorm(n, 0, 2)
d <- data.frame(y = y, category = category, list_price = list_price, selling_price = selling_price,
                discount = discount, ads = ads)
write.csv(d, "ols_aliased.csv", row.names = FALSE, quote = FALSE)
d <- read.csv("ols_aliased.csv")
d$category <- factor(d$category)

fit <- lm(y ~ list_price + selling_price + discount + ads, data = d)
s <- summary(fit)
coefs <- coef(fit)
gv <- vif(lm(y ~ category + selling_price + ads, data = d))

num <- function(x) ifelse(is.na(x), "null", formatC(x, digits = 17, format = "g"))
json <- paste0(
  "{\n",
  " \"generator\": \"", R.version.string, ", car ", packageVersion("car"), "\",\n",
  " \"aliased\": {\n",
  "  \"columns\": [\"(Intercept)\", \"list_price\", \"selling_price\", \"discount\", \"ads\"],\n",
  "  \"estimates\": [", paste(num(coefs), collapse = ", "), "],\n",
  "  \"std_errors\": [", paste(num(s$coefficients[, 2]), collapse = ", "), "],\n",
  "  \"sigma\": ", num(s$sigma), ",\n",
  "  \"r_squared\": ", num(s$r.squared), ",\n",
  "  \"df_residual\": ", fit$df.residual, ",\n",
  "  \"aic\": ", num(AIC(fit)), ",\n",
  "  \"bic\": ", num(BIC(fit)), "\n",
  " },\n",
  " \"gvif\": {\n",
  "  \"terms\": [\"category\", \"selling_price\", \"ads\"],\n",
  "  \"gvif\": [", paste(num(gv[, 1]), collapse = ", "), "],\n",
  "  \"df\": [", paste(gv[, 2], collapse = ", "), "],\n",
  "  \"gvif_adjusted\": [", paste(num(gv[, 3]), collapse = ", "), "]\n",
  " }\n",
  "}\n")
writeLines(json, "r_golden.json", sep = "")
