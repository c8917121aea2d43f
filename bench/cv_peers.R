# The glmnet peer of the cross-validation benchmark: cv.glmnet(alpha = 0.5, 100 lambdas, 10 folds, fold ids 1..10 in turn).
#   Rscript bench/cv_peers.R DATA.csv
args <- commandArgs(trailingOnly = TRUE)
suppressMessages(library(glmnet))
d <- read.csv(args[1])
y <- d$y
x <- as.matrix(d[, -1])
foldid <- rep(1:10, length.out = nrow(x))
times <- sapply(1:3, function(i) system.time(fit <<- cv.glmnet(x, y, alpha = 0.5, foldid = foldid))[["elapsed"]])
cat(sprintf("cv.glmnet best %.3f s median %.3f s lambda.min %.10g lambda.1se %.10g (glmnet %s)\n",
            min(times), median(times), fit$lambda.min, fit$lambda.1se, packageVersion("glmnet")))
