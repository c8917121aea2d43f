#:property ImplicitUsings=disable
#:property Nullable=disable
#:property TreatWarningsAsErrors=false
#:property ManagePackageVersionsCentrally=false
#:property PublishAot=false
#:package MathNet.Numerics@5.0.0
#:package Microsoft.Data.Analysis@0.23.1
#:package Deedle@8.1.0
#:package Plotly.NET@6.0.0
#:package Plotly.NET.CSharp@0.14.0
#:project ../../src/AmazonSalesRegression/AmazonSalesRegression.csproj

// The file-based twin of notebooks/02_linear_regression_fundamentals.ipynb: the same cells as one .NET 10 program, written by
// 'course export' (edit the notebook, not this file). From the repository's root:
//     dotnet run notebooks/cs/02_linear_regression_fundamentals.cs

using System;
using System.Linq;
using System.Collections.Generic;
using System.Threading.Tasks;
using System.IO;
using System.Text;
using MathNet.Numerics.LinearAlgebra;
using Microsoft.Data.Analysis;
using Plotly.NET;
using AmazonSalesRegression.Data;
using AmazonSalesRegression;
using AmazonSalesRegression.Data.Csv;
using AmazonSalesRegression.Data.Generation;
using AmazonSalesRegression.Data.Loading;
using AmazonSalesRegression.Regression;
using AmazonSalesRegression.Teaching;
using AmazonSalesRegression.Visualization;
using MathNet.Numerics.Distributions;
using AmazonSalesRegression.Features.Tabular;

// # 2. Linear regression fundamentals
//
// How many more units does a toy sell when its price drops by a dollar, and how sure can we be? This notebook builds the
// simple linear model from the ground up, in the order of the ISLP labs: first **by hand** with MathNet.Numerics (and why
// the textbook normal equations are numerically fragile, in an optional box), then with the course library's `Ols`, then the **diagnostics**
// that tell us whether to believe the numbers. We finish with a log-log regression that recovers the true price
// elasticity of a whole category, after seeing why the obvious regression gets it badly wrong.
//
// **Learning objectives.** After this notebook you can
// - state the simple linear model and what each of its four assumptions buys you;
// - compute least-squares estimates with a QR factorization, and explain why solving the normal equations loses digits;
// - fit the same model with `Ols.Fit` (formula and column overloads) and read its coefficient table;
// - interpret a slope and an intercept in business units, and say when an intercept is meaningless;
// - explain standard errors, t statistics, p-values and confidence intervals, and what a p-value is *not*;
// - tell a confidence interval for the mean from a prediction interval for a new day, and chart both;
// - fit a curve with polynomial terms (`I(x^2)`), draw it, and say when a polynomial is justified and when a log transform is;
// - read residual, Q-Q and leverage plots and find influential observations;
// - estimate a price elasticity with a log-log model, and explain why censored rows, events and SKU fixed effects matter.
//
// **Prerequisites.** [Notebook 1](01_business_context.ipynb) (the data and the business questions); basic C#; matrices
// and vectors at the level of "multiply, transpose, solve".
//
// **Estimated time.** 75–90 minutes.
//
// [← Previous: Business context](01_business_context.ipynb) | [Next: Multiple linear regression →](03_multiple_linear_regression.ipynb)

// In [1] (cell "setup")
CourseNotebook.Initialize();

// We load the 35,088 SKU-days and the generator's ground truth (`GroundTruth`, the true parameters listed in
// `data/README.md`). `Subset` turns a filtered list of records back into a table that formulas can fit on directly.

// In [2] (cell "load")
var root = CoursePaths.FindRoot();
var sales = SalesCsv.Load(CoursePaths.SalesCsv(root));
var truth = GroundTruth.FromJson(File.ReadAllText(CoursePaths.TruthJson(root)));
ColumnTable Subset(IEnumerable<SalesRecord> rows, string name)
{
    var text = new StringWriter();
    SalesCsvWriter.Write(rows, text);
    return SalesCsv.LoadTable(new StringReader(text.ToString()), name);
}
SelfCheck.That(sales.Count == 731 * 48, "one row per day and SKU (731 days × 48 SKUs)");

// ## 1. The simple linear model and its assumptions
//
// The simple linear regression model says that the response $y$ (units sold on a day) is a straight-line function of one
// predictor $x$ (the selling price) plus noise:
//
// $$y_i = \beta_0 + \beta_1 x_i + \varepsilon_i, \qquad i = 1, \dots, n.$$
//
// $\beta_0$ (intercept) and $\beta_1$ (slope) are unknown; least squares estimates them by the $b_0, b_1$ that minimise
// the residual sum of squares $\mathrm{RSS} = \sum_i (y_i - b_0 - b_1 x_i)^2$. What we may *conclude* from $b_0, b_1$
// depends on four assumptions, each buying something specific:
//
// | Assumption | Statement | What it buys you | What breaks without it |
// | --- | --- | --- | --- |
// | **Linearity** | $E[\varepsilon_i \mid x_i] = 0$: the mean of $y$ is a straight line in $x$ | $b$ is unbiased for $\beta$; the line *is* the conditional mean | the slope describes a wrong curve; confounders left in $\varepsilon$ bias it (section 9) |
// | **Independence** | the $\varepsilon_i$ are independent | the usual standard errors are right | correlated days (trends, promotions lasting a week) make SEs too small |
// | **Constant variance** | $\mathrm{Var}(\varepsilon_i) = \sigma^2$ for all $i$ | OLS is the *best* linear unbiased estimator (Gauss–Markov) and $s^2(X^\top X)^{-1}$ is its covariance | SEs and intervals are wrong where the spread differs (use robust SEs, notebook 4) |
// | **Normal errors** | $\varepsilon_i \sim N(0, \sigma^2)$ | exact $t$ and $F$ distributions in small samples; **prediction intervals** | with large $n$, $t$-based CIs for $\beta$ still work (central limit theorem), but a prediction interval for *one new day* needs the error distribution itself |
//
// Only linearity is needed for the estimate to be right on average; the other three are about how *sure* we can be.
// We check each of them with plots in section 8.

// ### Our example: one SKU on ordinary days
//
// To keep one predictor honest, we take one product, the toy **TOYS-008** (fulfilled by the merchant, list price
// \$40.99, then \$37.99 from December 2024), on days when it was **in stock** and there was **no event** (no Prime Day,
// Black Friday–Cyber Monday or holiday season). Events move price *and* demand at the same time; we come back to that in
// section 9. Its price still varies a lot because of random promotions (5–25 % off), and those are independent of
// demand shocks: exactly the variation a regression can learn from.

// In [3] (cell "toy-data")
bool IsOrdinaryToyDay(SalesRecord r) => r.Sku == "TOYS-008" && r.InStock
    && !r.PrimeDay && !r.BlackFridayCyberMonday && !r.HolidaySeason;
var toyRows = sales.Where(IsOrdinaryToyDay).ToList();
double[] price = toyRows.Select(r => r.SellingPrice).ToArray();
double[] units = toyRows.Select(r => (double)r.UnitsSold).ToArray();
SelfCheck.That(toyRows.All(r => r.InStock && r.Sku == "TOYS-008"),
    "every row is an in-stock TOYS-008 day");
SelfCheck.Between(toyRows.Count, 600, 650, "number of ordinary in-stock days");
var firstDays = toyRows.Take(5)
    .Select(r => new { r.Date, r.SellingPrice, r.Discount, r.UnitsSold });
CellValue.Show(() => Tables.ToDataFrame(firstDays));

// <span data-value="{toyRows.Count}">628</span> ordinary days remain. Each row is one day: the price customers paid and the units they ordered.

// ## 2. Least squares by hand
//
// Stack the observations: $y$ is the $n$-vector of units, and the **design matrix** $X$ has a column of ones (for the
// intercept) and the price column. Least squares solves $\min_b \lVert y - Xb \rVert^2$. Two classical ways:
//
// 1. **QR factorization** (what statistical software does): write $X = QR$ with orthonormal $Q$ and upper-triangular $R$;
//    then $b$ solves $Rb = Q^\top y$ by back-substitution.
// 2. **Normal equations** (what textbooks write): set the gradient to zero, $X^\top X\, b = X^\top y$, and solve that
//    $2 \times 2$ system.
//
// Both give the same numbers here. Why software never uses the second is explained in the optional box at the end of
// this section.

// In [4] (cell "byhand")
var ones = Enumerable.Repeat(1.0, price.Length).ToArray();
var X = Matrix<double>.Build.DenseOfColumnArrays(ones, price);
var y = Vector<double>.Build.DenseOfArray(units);
var bQr = X.QR().Solve(y);
var bNormal = X.TransposeThisAndMultiply(X).Solve(X.TransposeThisAndMultiply(y));
Console.WriteLine($"QR:               b0 = {bQr[0]:F4}, b1 = {bQr[1]:F4}");
Console.WriteLine($"normal equations: b0 = {bNormal[0]:F4}, b1 = {bNormal[1]:F4}");
SelfCheck.Near(bNormal[1], bQr[1], 1e-8 * Math.Abs(bQr[1]),
    "normal-equation slope (agrees with QR here)");

// With one predictor there is also the closed form every textbook derives (ISLP eq. 3.4):
// $b_1 = \sum (x_i - \bar x)(y_i - \bar y) / \sum (x_i - \bar x)^2$ and $b_0 = \bar y - b_1 \bar x$.

// In [5] (cell "closed-form")
double xBar = price.Average(), yBar = units.Average();
double sxx = price.Sum(x => (x - xBar) * (x - xBar));
double b1 = price.Zip(units, (x, u) => (x - xBar) * (u - yBar)).Sum() / sxx;
SelfCheck.Near(b1, bQr[1], 1e-9 * Math.Abs(b1), "closed-form slope equals the QR slope");
SelfCheck.Near(yBar - b1 * xBar, bQr[0], 1e-9 * Math.Abs(bQr[0]),
    "closed-form intercept equals the QR intercept");

// <details><summary>Going deeper (optional): why the normal equations are numerically fragile</summary>
//
// Here all three methods agree. They do not always. A matrix's **condition number** $\kappa(X) = \sigma_{\max}/\sigma_{\min}$
// (ratio of its largest and smallest singular values) bounds how much rounding errors are amplified: as a rule of thumb
// a solver loses about $\log_{10}\kappa$ of its ~$16$ significant digits. QR works with $X$ itself, but forming $X^\top X$
// **squares** the condition number, $\kappa(X^\top X) = \kappa(X)^2$, so the normal equations lose *twice* as many digits.
// (Strictly, least squares has a $\kappa^2$ term even for QR, multiplied by the ratio of the residual to the fit, which
// is small in most regressions; the normal equations pay the full $\kappa^2$ always.)
//
// The four optional code cells below (each starts with `// Going deeper`; nothing later depends on them) measure it.
// The first checks the squaring on our benign price design (columns scaled to unit length first, so that the condition
// number measures near-collinearity rather than units). The others build an ill-conditioned design the way real data
// do: a quadratic trend of daily total units with the **raw date** as predictor (its day number, about $739{,}000$), so
// the columns $1$, $d$ and $d^2$ are almost parallel (the idea behind NIST's Longley and Filip test problems). The
// coefficient of $d^2$ does not change if we shift the dates, so the same fit on *centred* dates (days since the middle of
// the period, a well-conditioned design) gives a reference value to count correct digits against.
// </details>

// In [6] (cell "kappa-toy")
// Going deeper (optional): κ(XᵀX) = κ(X)² on the price design, columns scaled to unit length
var Xs = X.NormalizeColumns(2.0);
var kappaToy = Xs.ConditionNumber();
var kappaToyGram = Xs.TransposeThisAndMultiply(Xs).ConditionNumber();
Console.WriteLine($"κ(X) = {kappaToy:F1}, κ(XᵀX) = {kappaToyGram:F1}");
SelfCheck.Near(kappaToyGram / (kappaToy * kappaToy), 1.0, 1e-6,
    "κ(XᵀX) / κ(X)² for the price design");

// In [7] (cell "ill-design")
// Going deeper (optional): a quadratic trend in the raw date is badly conditioned
var daily = sales.GroupBy(r => r.Date).OrderBy(g => g.Key).ToList();
double[] day = daily.Select(g => (double)g.Key.DayNumber).ToArray();
var totalUnits = daily.Select(g => (double)g.Sum(r => r.UnitsSold)).ToArray();
var total = Vector<double>.Build.DenseOfArray(totalUnits);
var D = Matrix<double>.Build.Dense(day.Length, 3, (i, j) => Math.Pow(day[i], j));
var Ds = D.NormalizeColumns(2.0);
var kappaX = Ds.ConditionNumber();
var kappaGram = Ds.TransposeThisAndMultiply(Ds).ConditionNumber();
Console.WriteLine($"κ(X) = {kappaX:0.00e0}, κ(X)² = {kappaX * kappaX:0.00e0},"
    + $" κ(XᵀX) as computed = {kappaGram:0.00e0}");
SelfCheck.Between(Math.Log10(kappaX), 7, 8.5, "log10 κ(X) of the raw-date quadratic design");
SelfCheck.That(kappaGram > 1e14, "κ(XᵀX) exceeds 1e14, close to 1/(unit roundoff) ≈ 4.5e15");

// In [8] (cell "ill-fit")
// Going deeper (optional): correct digits of the d² coefficient, three ways
var centre = day.Average();
var centredDesign = Matrix<double>.Build.Dense(day.Length, 3,
    (i, j) => Math.Pow(day[i] - centre, j));
var reference = centredDesign.QR().Solve(total)[2];
var qr = D.QR().Solve(total)[2];
var normal = D.TransposeThisAndMultiply(D).Solve(D.TransposeThisAndMultiply(total))[2];
var dayFit = Ols.Fit([day, day.Select(d => d * d).ToArray()], totalUnits, ["day", "day²"]);
var library = dayFit.Coefficients[2].Estimate;
double Digits(double b) => Math.Min(16, -Math.Log10(Math.Abs(b - reference) / Math.Abs(reference)));
var methods = new[] {
    ("normal equations", normal), ("MathNet QR", qr), ("Regression.Ols", library) };
var methodRows = methods.Select(m => new {
    Method = m.Item1,
    QuadraticCoefficient = m.Item2,
    CorrectDigits = Math.Round(Digits(m.Item2), 1) });
CellValue.Show(() => Tables.ToDataFrame(methodRows, digits: 10));

// In [9] (cell "ill-check")
// Going deeper (optional)
SelfCheck.That(Digits(normal) < 3, "the normal equations keep fewer than 3 correct digits");
SelfCheck.Between(Digits(qr), 8, 11, "correct digits of MathNet's QR");
SelfCheck.That(Digits(library) >= 13, "Regression.Ols keeps at least 13 correct digits");
Console.WriteLine($"Ols arithmetic: {dayFit.Solution.Precision}");

// <details><summary>Going deeper (optional): what the four cells show</summary>
//
// On the price design κ(X) is only <span data-value="{kappaToy:F1}">21.9</span> and κ(XᵀX) = <span data-value="{kappaToyGram:F1}">480.3</span>, its square: even the normal equations keep about
// <span data-value="{16 - Math.Log10(kappaToyGram):F0}">13</span> digits. The raw-date quadratic is another matter: κ(X) = <span data-value="{kappaX:0.00e0}">5.82e7</span>, so κ(XᵀX) = κ(X)² is around $10^{15}$, as large as the
// reciprocal of double precision's unit roundoff: $X^\top X$ is *numerically singular* (even its computed condition
// number, <span data-value="{kappaGram:0.00e0}">7.61e14</span>, is unreliable at that size). QR should keep roughly $16 - 8 = 8$ digits, the normal equations
// essentially none, and that is what the table shows: the normal equations return a quadratic coefficient that is wrong
// in the first digit (<span data-value="{Digits(normal):F1}">0.1</span> correct digits); MathNet's double-precision QR keeps <span data-value="{Digits(qr):F1}">9.3</span>; the library's `Ols` keeps
// <span data-value="{Digits(library):F1}">14.6</span>: it measures the condition of the (column-equilibrated) design and, when it is large, redoes the Householder
// QR in double-double arithmetic (see `LeastSquaresOptions` and `Solution.Precision`).
//
// The lesson for practice: **never solve the normal equations**, and centre or rescale predictors such as dates and
// prices before fitting polynomials in them (section 7 does).
// </details>

// ## 3. The same fit with the library
//
// `Regression.Ols` offers the same fit from a **formula** (`"units_sold ~ selling_price"`, the notation of R and
// statsmodels; the intercept is implied) or from **columns** (one array per predictor plus names). Both must reproduce our
// hand computation.

// In [10] (cell "library")
var toyTable = Subset(toyRows, "TOYS-008 ordinary in-stock days");
var fit = Ols.Fit("units_sold ~ selling_price", toyTable);
var fitColumns = Ols.Fit([price], units, ["selling_price"]);
SelfCheck.That(fit.ResponseName == "units_sold" && fit.Names.SequenceEqual(["Intercept",
    "selling_price"]),
    "the response is units_sold and the predictor selling_price");
SelfCheck.Near(fit.Coefficients[1].Estimate, bQr[1], 1e-10 * Math.Abs(bQr[1]),
    "formula fit's slope (equals the by-hand QR slope)");
SelfCheck.Near(fitColumns.Coefficients[0].Estimate, bQr[0], 1e-10 * Math.Abs(bQr[0]),
    "column fit's intercept (equals the by-hand QR intercept)");

// In [11] (cell "summary")
CellValue.Show(() => fit.Summary());

// `Summary()` prints the report statsmodels users know: the coefficient table (section 5), the model-level statistics,
// and residual statistics (section 8). **R² = <span data-value="{fit.RSquared:F2}">0.13</span>**: price alone explains <span data-value="{fit.RSquared:P0}">13 %</span> of the day-to-day variation in units
// of this toy; the rest is weekday, advertising, the competitor's price and plain noise. A low R² does not make the
// slope wrong: it makes single-day predictions imprecise (section 6).

// ## 4. Interpreting the slope and the intercept

// In [12] (cell "interpret")
var slope = fit.Coefficients[1].Estimate;
var intercept = fit.Coefficients[0].Estimate;
var promoCut = 0.1 * 37.99;   // a 10 % promotion at the list price
SelfCheck.Near(slope, -2.77, 0.005, "slope (units per day per dollar)");
SelfCheck.Near(intercept, 162.5, 0.05, "intercept (units per day at a price of $0)");
SelfCheck.Near(fit.RSquared, 0.13, 0.005, "R² of units on price");
SelfCheck.Near(price.Min(), 28.5, 0.05, "lowest price seen");
SelfCheck.Near(-promoCut * slope, 10.5, 0.5,
    "extra units a day from a 10 % price cut at list price");

// - **Slope, <span data-value="{slope:F2}">-2.77</span> units per dollar.** On an ordinary day, each \$1 lower selling price goes with about <span data-value="{-slope:F1}">2.8</span> more units
//   of TOYS-008 ordered. A typical 10 % promotion (about \$<span data-value="{promoCut:F2}">3.80</span> off the list price) therefore adds roughly <span data-value="{-promoCut * slope:F0}">11</span> units a day.
// - **Intercept, <span data-value="{intercept:F1}">162.5</span> units.** Literally: the expected units at a price of **\$0**. That is meaningless: the product is
//   never free, and the lowest price in the data is about \$<span data-value="{price.Min():F2}">28.49</span>, so the intercept is an extrapolation far outside the
//   data (and demand at \$0 is not a straight-line question anyway). The intercept is only a meaningful number when
//   $x = 0$ is a meaningful, observed value.
// - **Make the intercept meaningful by centring.** Measure price from the current list price, \$37.99:
//   the slope is unchanged, and the intercept becomes the expected units *at list price*.

// In [13] (cell "centred")
var centred = Ols.Fit("units_sold ~ I(selling_price - 37.99)", toyTable);
var atList = centred.Coefficients[0].Estimate;
SelfCheck.Near(centred.Coefficients[1].Estimate, slope, 1e-9 * Math.Abs(slope),
    "slope after centring (unchanged)");
SelfCheck.Near(atList, 57.2, 0.05, "expected units per day at the list price of $37.99");

// At the list price of \$37.99 the line predicts <span data-value="{atList:F1}">57.2</span> units a day, a number a planner can use. A straight line in
// *levels* also implies a price elasticity (percent change in units per percent change in price) that changes along the
// line: at list price it is $b_1 \cdot p / \hat y$.

// In [14] (cell "elasticity-at-list")
var pointElasticity = slope * 37.99 / atList;
var eToys = truth.Category("Toys").Elasticity;
SelfCheck.Near(pointElasticity, -1.84, 0.005, "elasticity implied by the linear fit at list price");

// About <span data-value="{pointElasticity:F2}">-1.84</span>: a 1 % price cut at list price would add about <span data-value="{-pointElasticity:F1}">1.8</span> % units. Toys' true elasticity in the
// generator is <span data-value="{eToys}">-1.5</span>; one SKU, no controls for the competitor's price or advertising, and a line forced through a curve
// all blur the picture. Section 9 estimates the elasticity properly.

// ## 5. Standard errors, t statistics, p-values and confidence intervals
//
// Another sample of <span data-value="{toyRows.Count}">628</span> days would give a slightly different slope. The **standard error** (SE) estimates how much $b_1$
// would vary from sample to sample: for one predictor $\mathrm{SE}(b_1) = s / \sqrt{\sum (x_i - \bar x)^2}$, where
// $s = \sqrt{\mathrm{RSS}/(n-2)}$ is the residual standard error. From it:
//
// - the **t statistic** $t = b_1 / \mathrm{SE}(b_1)$: how many standard errors the estimate lies from 0;
// - the **p-value**: if the true slope were 0 (and the assumptions held), the probability of a $|t|$ at least this large;
// - the **95 % confidence interval** $b_1 \pm t_{0.975, n-2}\,\mathrm{SE}(b_1)$: a procedure that, over repeated samples,
//   covers the true slope 95 % of the time.
//
// `OlsResult.Coefficients` holds all of them, one row per coefficient:

// In [15] (cell "coefficients")
var invariant = System.Globalization.CultureInfo.InvariantCulture;
var coefficientRows = fit.Coefficients.Select(c => new {
    c.Name, c.Estimate, c.StandardError, t = c.Statistic, p = c.PValue.ToString("E2", invariant),
    c.ConfidenceLower, c.ConfidenceUpper });
CellValue.Show(() => Tables.ToDataFrame(coefficientRows));

// In [16] (cell "inference-check")
var slopeRow = fit.Coefficients[1];
SelfCheck.Near(slopeRow.StandardError, fit.ResidualStandardError / Math.Sqrt(sxx), 1e-9,
    "SE of the slope (equals s/√Sxx)");
SelfCheck.Near(slopeRow.ConfidenceLower, -3.33, 0.005, "lower 95% limit of the slope");
SelfCheck.Near(slopeRow.ConfidenceUpper, -2.21, 0.005, "upper 95% limit of the slope");
SelfCheck.That(slopeRow.PValue < 1e-15, "the slope's p-value is below 1e-15");
SelfCheck.Near(slopeRow.Statistic, -9.7, 0.05, "t statistic of the slope");

// **Business reading.** With 95 % confidence, each \$1 of price costs between <span data-value="{-slopeRow.ConfidenceUpper:F1}">2.2</span> and <span data-value="{-slopeRow.ConfidenceLower:F1}">3.3</span> units a day of TOYS-008 on an
// ordinary day. The t statistic is about <span data-value="{slopeRow.Statistic:F1}">-9.7</span>: the slope is almost ten standard errors away from zero.
//
// **What a p-value is, and what it is not.**
// - It *is* a statement about the data assuming the null hypothesis: "if price had no effect, a slope this far from 0
//   would almost never happen" (here $p < 10^{-15}$).
// - It is *not* the probability that the null hypothesis is true, nor the probability that the result is "due to chance".
// - It is *not* a measure of size or importance: with thousands of rows a tiny, commercially irrelevant effect gets a
//   tiny p-value, and with a few rows a large effect may not. Read the estimate and its confidence interval, in units
//   and dollars, to judge importance.
// - It does *not* say the model is right: a confounded slope (section 9) can have a p-value of $10^{-100}$ and the wrong sign.
// - Testing many predictors and reporting those with p < 0.05 guarantees some false discoveries.

// ## 6. Confidence intervals vs prediction intervals
//
// At a given price $x_0$ there are two different questions:
//
// 1. **Where is the average?** The *confidence interval* for the mean $\beta_0 + \beta_1 x_0$ reflects only the
//    uncertainty in the estimated line; it shrinks towards zero width as $n$ grows.
// 2. **Where will tomorrow's units fall?** The *prediction interval* for one new day adds the day-to-day noise
//    $\varepsilon$, with variance $s^2$; it never shrinks below about $\pm 2s$, however much data we have.
//
// `OlsResult.Predict` returns both (`MeanLower/MeanUpper` and `ObservationLower/ObservationUpper`).

// In [17] (cell "predict")
var promo = fit.Predict([29.99]);
SelfCheck.That(promo.ObservationLower < promo.MeanLower && promo.MeanUpper < promo.ObservationUpper,
    "the prediction interval contains the confidence interval");
Console.WriteLine($"at $29.99: mean {promo.Mean:F1} units,"
    + $" 95% CI [{promo.MeanLower:F1}, {promo.MeanUpper:F1}],"
    + $" 95% PI [{promo.ObservationLower:F1}, {promo.ObservationUpper:F1}]");
SelfCheck.Near(promo.MeanLower, 75, 0.5, "lower 95% confidence limit of mean units at $29.99");
SelfCheck.Near(promo.MeanUpper, 84, 0.5, "upper 95% confidence limit of mean units at $29.99");
SelfCheck.Near(promo.ObservationLower, 31, 0.5, "lower 95% prediction limit at $29.99");
SelfCheck.Near(promo.ObservationUpper, 128, 0.5, "upper 95% prediction limit at $29.99");

// At a promotion price of \$29.99 the *average* day sells between about <span data-value="{promo.MeanLower:F0}">75</span> and <span data-value="{promo.MeanUpper:F0}">84</span> units (a narrow confidence interval),
// but a *single* day can sell anywhere from about <span data-value="{promo.ObservationLower:F0}">31</span> to <span data-value="{promo.ObservationUpper:F0}">128</span> units (the prediction interval). Stock planning for a
// day needs the prediction interval; judging the average effect of a price needs the confidence interval.
// The chart shows both bands across the observed price range.

// In [18] (cell "bands")
var step = (price.Max() - price.Min()) / 40;
double[] grid = Enumerable.Range(0, 41).Select(k => price.Min() + k * step).ToArray();
CellValue.Show(() => Charts.FitWithBands(price, units, grid, fit.Predict([grid]),
    "TOYS-008: units vs price, ordinary in-stock days", "selling price (USD)", "units sold per day"));

// In [19] (cell "coverage")
var atData = fit.Predict([price]);
bool Inside(int i) =>
    units[i] >= atData[i].ObservationLower && units[i] <= atData[i].ObservationUpper;
var inSampleCoverage = (double)Enumerable.Range(0, units.Length).Count(Inside) / units.Length;
SelfCheck.Near(inSampleCoverage, 0.96, 0.005,
    "in-sample share of days inside their own 95% prediction interval (not a validation)");

// <span data-value="{inSampleCoverage:P0}">96 %</span> of the days fall inside their 95 % prediction interval. That sounds like confirmation, but it is not: these
// are the same days that fitted the line and estimated $s$, so an in-sample coverage near 95 % is close to guaranteed by
// construction and says nothing about tomorrow. What would validate the interval is its coverage on days the model has
// **not** seen: fit on earlier days, then count how often *later* days fall inside (a holdout period: notebook 4 sets
// up the time-ordered split, and notebook 5 counts exactly this coverage for the production model on the holdout
// quarter, where it falls a little short of 95 %).
//
// The chart shows a second warning: the band has the same width everywhere, while the cloud is wider where sales are
// high. The constant-variance assumption is doubtful, which the residual plots make plain.

// ## 7. Curves with a linear model: polynomial terms
//
// A straight line cannot bend, but demand curves do: the generator's demand is $q \propto p^{e}$, a curve that flattens
// as the price rises. "Linear" regression is linear in the *coefficients*, not in $x$: add the column $x^2$ as a second
// predictor and the same least squares fits a parabola, $y = \beta_0 + \beta_1 x + \beta_2 x^2 + \varepsilon$.
//
// In the formula language arithmetic on columns goes inside `I(...)`: `I(x^2)` (or `I(x**2)`) is the column of
// squares. Outside `I(...)` the operators mean terms, as in R: `(a + b)^2` is all interactions up to order two. Centre
// first, as the going-deeper box of section 2 advises: with $c = p - 37.99$ the columns $c$ and $c^2$ are far less
// collinear than $p$ and $p^2$, and the intercept is again the expected units at list price. For comparison we also fit
// the log-log model, whose curve is the generator's own shape.

// In [20] (cell "poly-fit")
const string quadratic = "units_sold ~ I(selling_price - 37.99) + I((selling_price - 37.99)^2)";
var quad = Ols.Fit(quadratic, toyTable);
var logLog = Ols.Fit("log(units_sold) ~ log(selling_price)", toyTable);
var square = quad.Coefficients[2];
var vertexPrice = 37.99 - quad.Coefficients[1].Estimate / (2 * square.Estimate);
CellValue.Show(() => Tables.ToDataFrame(quad.Coefficients.Select(c => new {
    c.Name, c.Estimate, c.StandardError, p = c.PValue.ToString("E2", invariant) }), digits: 4));

// In [21] (cell "poly-chart")
// predict both models on a price grid that runs past the highest observed price
var curveGrid = Enumerable.Range(0, 49).Select(k => 28.0 + 0.5 * k).ToArray();   // $28 to $52
TabularData PriceTable(params double[] prices) =>
    new TabularData("price grid", prices.Length).Add("selling_price", prices);
var quadCurve = quad.Predict(PriceTable(curveGrid)).Select(p => p.Mean).ToArray();
// a log-normal's mean is its median times e^(s²/2)
var logMean = Math.Exp(logLog.ResidualStandardError * logLog.ResidualStandardError / 2);
var logCurve = logLog.Predict(PriceTable(curveGrid))
    .Select(p => Math.Exp(p.Mean) * logMean).ToArray();
CellValue.Show(() => Charts.Layout("TOYS-008: a quadratic in price vs the log-log curve, inside and beyond the data",
    "selling price (USD)", "units sold per day",
    Charts.Scatter(price, units, "observed days", opacity: 0.35),
    Charts.Line(curveGrid, quadCurve, "quadratic in price"),
    Charts.Line(curveGrid, logCurve, "log-log (mean, back-transformed)"),
    Charts.Line([price.Max(), price.Max()], [0.0, units.Max()], "highest observed price")));

// In [22] (cell "poly-check")
var quadAt50 = quad.Predict(PriceTable(50.0))[0].Mean;
var logAt50 = Math.Exp(logLog.Predict(PriceTable(50.0))[0].Mean) * logMean;
var r2Gain = quad.RSquared - fit.RSquared;
SelfCheck.Between(r2Gain, 0, 0.01, "R² gained by the squared term");
SelfCheck.That(square.PValue > 0.05,
    $"the squared term is not significant at 5 % (p = {square.PValue:F3})");
SelfCheck.That(vertexPrice < price.Min(),
    $"the parabola peaks at ${vertexPrice:F2}, below the lowest price seen");
SelfCheck.That(quadAt50 < 1 && logAt50 > 30,
    "at $50 the quadratic predicts under 1 unit a day, the log-log model over 30");

// Inside the observed prices (\$<span data-value="{price.Min():F2}">28.49</span> to \$<span data-value="{price.Max():F2}">40.99</span>) the two curves are nearly the same, and the squared term adds
// almost nothing: R² rises by <span data-value="{r2Gain:F4}">0.0039</span>, and its coefficient, <span data-value="{square.Estimate:F3}">-0.134</span>, has p = <span data-value="{square.PValue:F2}">0.09</span>. It even bends the wrong way: the
// parabola is concave, peaking at \$<span data-value="{vertexPrice:F2}">25.63</span>, while true demand flattens as the price rises. A range of about \$<span data-value="{price.Max() - price.Min():F0}">13</span>
// cannot pin down a curvature. Beyond the data the difference is dramatic: at \$50 the quadratic predicts <span data-value="{quadAt50:F1}">-0.8</span> units a
// day, an impossible number, while the log-log model predicts <span data-value="{logAt50:F0}">36</span>.

// **When is a polynomial justified, and when a log transform?**
//
// - **Take logs** when effects are *proportional*: a price change, an event or a promotion multiplies sales rather than
//   adding a fixed number, the spread of the noise grows with the level (the funnel of section 8), and the target is
//   positive. One transform then straightens the curve, evens the noise, keeps predictions positive when you
//   extrapolate, and turns slopes into elasticities. Theory says so here: the demand equation is multiplicative.
// - **Add a polynomial term** when the data bend in a way no such transform explains and you only need the curve
//   *inside* the range you observed: a trend that accelerates, a response with a genuine optimum inside the range
//   (sales against rating or delivery time), or diminishing returns you want to approximate locally. Keep the degree
//   low (2, rarely 3), centre the predictor first, keep the term only if it earns its place (its t test here; a holdout
//   check, notebook 4), and never read the curve beyond the data: every polynomial heads to ±∞ there.

// ## 8. Residual and leverage diagnostics
//
// The assumptions of section 1 are about the errors $\varepsilon_i$, which we never see; the residuals
// $e_i = y_i - \hat y_i$ are their stand-ins. Three plots do most of the work (ISLP §3.3.3):
//
// - **Residuals vs fitted values**: should be a structureless band around 0. A curve means non-linearity; a funnel
//   means non-constant variance.
// - **Normal Q-Q plot** of studentized residuals: points on the line mean normal errors; a bend up on the right means
//   a long right tail (big days bigger than a normal distribution allows).
// - **Leverage vs studentized residuals**: *leverage* $h_i$ measures how unusual $x_i$ is (it always lies between $1/n$
//   and 1 and averages $p/n$); a *studentized* residual is a residual divided by its own standard error. **Cook's
//   distance** combines both: how much all fitted values move if observation $i$ is deleted.

// In [23] (cell "resid-plot")
CellValue.Show(() => Charts.ResidualsVsFitted(fit.FittedValues, fit.Residuals,
    "TOYS-008 linear fit: residuals vs fitted"));

// In [24] (cell "qq-plot")
var influence = fit.GetInfluence();
CellValue.Show(() => Charts.NormalQq(influence.StudentizedInternal,
    "TOYS-008 linear fit: normal Q-Q plot of studentized residuals"));

// In the Q-Q plot the left half follows the line, but the right end bends sharply upwards: the biggest days are much
// bigger than normal errors allow. The residual statistics quantify both impressions:

// In [25] (cell "resid-stats")
var diagnostics = fit.GetResidualDiagnostics();
Console.WriteLine($"skewness {diagnostics.Skewness:F2}, kurtosis {diagnostics.Kurtosis:F2},"
    + $" Jarque-Bera p = {diagnostics.JarqueBera.PValue:E1}");
SelfCheck.That(diagnostics.Skewness > 0.5, "the residuals are right-skewed (skewness > 0.5)");
SelfCheck.That(diagnostics.JarqueBera.PValue < 0.001, "Jarque-Bera rejects normal errors");

// The residuals fan out as fitted sales grow and have a long right tail, and one day stands far above the rest. Both
// are what the data-generating process predicts: demand is **log-normal**, so the noise is multiplicative
// (a day $20\%$ above the median is $+12$ units at a median of $60$ but $+16$ at $80$). Working in logs (section 9) turns multiplicative noise into
// additive, constant-variance noise. Which day is the extreme one?

// In [26] (cell "influence-plot")
string[] dayLabels = toyRows.Select(r => r.Date.ToString("yyyy-MM-dd", invariant)).ToArray();
CellValue.Show(() => Charts.Influence(influence, dayLabels, highlight: 5,
    title: "TOYS-008 linear fit: leverage vs studentized residuals"));

// In [27] (cell "influence-check")
var worst = Enumerable.Range(0, units.Length)
    .MaxBy(i => Math.Abs(influence.StudentizedExternal[i]));
var injected = truth.Outliers.Single(o => o.Sku == "TOYS-008");
SelfCheck.That(toyRows[worst].Date == injected.Date,
    $"the largest studentized residual is TOYS-008's injected outlier"
    + $" ({injected.Reason}, {injected.Date:yyyy-MM-dd})");
SelfCheck.Between(influence.StudentizedExternal[worst], 7.5, 8.5,
    "its externally studentized residual");
var mostLeverage = Enumerable.Range(0, units.Length).MaxBy(i => influence.Leverage[i]);
SelfCheck.That(price[mostLeverage] == price.Min(),
    "the highest-leverage day is a day at the lowest price (deepest discount)");
SelfCheck.Near(injected.Factor, 7.56, 0.005, "the generator's demand factor for that order");

// The day with the largest studentized residual (about <span data-value="{influence.StudentizedExternal[worst]:F0}">8</span> standard errors above the line) is **2024-06-30**, exactly the day `data/README.md` lists as a
// **bulk B2B order** injected into TOYS-008 (demand multiplied by <span data-value="{injected.Factor:F2}">7.56</span>). Points at the right of the plot have high
// leverage: days with the deepest discounts, far from the average price. An observation is *influential* when it has
// both a large residual and high leverage, which Cook's distance measures; the bulk order has an ordinary price, so
// despite its huge residual it moves the slope little:

// In [28] (cell "without-outlier")
var keep = Enumerable.Range(0, units.Length).Where(i => i != worst).ToArray();
var keptPrice = keep.Select(i => price[i]).ToArray();
var keptUnits = keep.Select(i => units[i]).ToArray();
var refit = Ols.Fit([keptPrice], keptUnits, ["selling_price"]);
var change = refit.Coefficients[1].Estimate - slope;
var worstCook = influence.CooksDistance[worst];
SelfCheck.Between(Math.Abs(change), 0.0, 0.1,
    "change of the slope when the bulk order is dropped (units per dollar)");
SelfCheck.That(worstCook < 0.5,
    $"the bulk order's Cook's distance {worstCook:F3} is far below the alarm level 1");
Console.WriteLine($"slope without the bulk order: {refit.Coefficients[1].Estimate:F3}"
    + $" (change {change:+0.000;-0.000})");

// Dropping the bulk order changes the slope by <span data-value="{change:F2}">0.06</span> units per dollar (from <span data-value="{slope:F2}">-2.77</span> to <span data-value="{refit.Coefficients[1].Estimate:F2}">-2.71</span>), and its Cook's distance is
// <span data-value="{worstCook:F3}">0.068</span>, far below the usual alarm level of 1.
//
// Outliers are not to be deleted because they are inconvenient: a bulk order is a real sale. They should be
// *understood*: here it is a one-off B2B order that a demand model for consumers should not learn from, and the truth
// file lets us confirm that.

// ## 9. Price elasticity from a log-log regression
//
// The **price elasticity** is the percent change in units for a 1 % change in price. If
// $\log(\text{units}) = \beta_0 + \beta_1 \log(\text{price}) + \dots$, then $\beta_1$ *is* the elasticity, the same at
// every price. The generator uses exactly this form with a category elasticity $e_{\text{cat}}$. Can we recover it for
// **Toys** ($e = -1.5$)?
//
// ### Censoring: use in-stock rows only
//
// On a stock-out day, `units_sold` records only what sold before the shelf emptied, a small fraction of demand and often
// 0. Those units are **censored**: they say nothing about how demand responds to price, and $\log 0$ is undefined anyway.
// We keep in-stock days only.

// In [29] (cell "censoring")
var toys = sales.Where(r => r.Category == "Toys").ToList();
var outOfStock = toys.Where(r => !r.InStock).ToList();
var inStockMean = toys.Where(r => r.InStock).Average(r => r.UnitsSold);
var outMean = outOfStock.Average(r => r.UnitsSold);
Console.WriteLine($"{outOfStock.Count} stock-out days; mean units {outMean:F1}"
    + $" vs {inStockMean:F1} in stock; {outOfStock.Count(r => r.UnitsSold == 0)} with 0 units");
var toysTable = Subset(toys.Where(r => r.InStock), "Toys, in-stock days");
var allInStock = toysTable.Get<bool>("in_stock").All(v => v);
SelfCheck.That(allInStock && toysTable.Get<int>("units_sold").All(u => u > 0),
    "every row is in stock with positive units");

// ### The naive fit and why it is biased
//
// The obvious regression pools all Toys days:

// In [30] (cell "naive")
var naive = Ols.Fit("log(units_sold) ~ log(selling_price)", toysTable);
var naiveRow = naive.Coefficients[1];
SelfCheck.That(naiveRow.ConfidenceLower > 0,
    "the naive 95% CI lies entirely above 0: the wrong sign");
var bySku = toys.Where(r => r.InStock).GroupBy(r => r.Sku).ToList();
var skuLogPrice = bySku.Select(g => g.Average(r => Math.Log(r.SellingPrice)));
var skuLogUnits = bySku.Select(g => g.Average(r => Math.Log(r.UnitsSold)));
var betweenSku = MathNet.Numerics.Statistics.Correlation.Pearson(skuLogPrice, skuLogUnits);
SelfCheck.That(betweenSku > 0,
    $"across the 8 Toys SKUs, mean log price and mean log units correlate (r = {betweenSku:F2})");

// The naive elasticity is **positive** (<span data-value="{naiveRow.Estimate:F2}">0.58</span>): higher prices, more units?! Two confounders are at work.
//
// 1. **SKUs differ.** Across products, price levels and sales levels are unrelated to the price *response*: in this
//    category the more expensive toys happen to be the best sellers. A pooled slope mixes that between-SKU comparison
//    with the within-SKU effect of a price change. **SKU fixed effects** (`C(sku)`, one intercept per SKU) remove it, so
//    that only price changes *within* a product identify the slope.
// 2. **Events.** Prime Day and Black Friday bring deep deals (15–30 % off) *and* huge demand lifts; the holiday season
//    doubles the rate of promotions and lifts demand too. Ad budgets also rise on those days. Without event dummies the
//    model credits the event lift to the price cut, and the elasticity comes out too negative.
//
// We add the controls step by step and compare each estimate with the truth.

// In [31] (cell "specifications")
const string priceAndSku = "log(units_sold) ~ log(selling_price) + C(sku)";
const string events = " + prime_day + bfcm + holiday_season";
const string controls = " + prime_day:log(selling_price) + log(competitor_price)"
    + " + log1p(ad_spend_sp) + log1p(ad_spend_sb) + log1p(ad_spend_display)"
    + " + avg_rating + dayofweek(date) + month(date) + time(date)";
var specifications = new (string Name, string Formula)[]
{
    ("naive", "log(units_sold) ~ log(selling_price)"),
    ("+ SKU fixed effects", priceAndSku),
    ("+ events", priceAndSku + events),
    ("+ all controls", priceAndSku + events + controls),
};
var fits = specifications.Select(s => (s.Name, Fit: Ols.Fit(s.Formula, toysTable))).ToList();
CoefficientEstimate PriceTerm(OlsResult f) =>
    f.Coefficients.First(c => c.Name == "log(selling_price)");
CellValue.Show(() => Tables.ToDataFrame(fits.Select(f => PriceTerm(f.Fit) is var c ? new {
    Model = f.Name, Elasticity = c.Estimate, c.ConfidenceLower, c.ConfidenceUpper,
    CoversTruth = c.ConfidenceLower <= eToys && eToys <= c.ConfidenceUpper } : null)));

// In [32] (cell "elasticity-check")
var withFe = PriceTerm(fits[1].Fit);
var withEvents = PriceTerm(fits[2].Fit);
var final = PriceTerm(fits[3].Fit);
SelfCheck.That(withFe.ConfidenceUpper < eToys,
    "with SKU effects but no events, the 95% CI lies below the truth (too elastic)");
SelfCheck.That(final.ConfidenceLower <= eToys && eToys <= final.ConfidenceUpper,
    $"the final 95% CI [{final.ConfidenceLower:F3}, {final.ConfidenceUpper:F3}] contains {eToys}");
SelfCheck.Near(final.Estimate, -1.50, 0.005, "final Toys elasticity estimate");

// In [33] (cell "elasticity-business")
var unitsLift = Math.Pow(0.9, final.Estimate) - 1;
var revenueLift = 0.9 * (1 + unitsLift) - 1;
SelfCheck.Near(unitsLift, 0.17, 0.005, "extra units from a 10% price cut (share)");
SelfCheck.Near(revenueLift, 0.05, 0.005, "revenue change from a 10% price cut (share)");

// - **Naive:** <span data-value="{naiveRow.Estimate:F2}">0.58</span>, the wrong sign; useless for pricing.
// - **+ SKU fixed effects:** <span data-value="{withFe.Estimate:F2}">-1.85</span>: the sign is right but the estimate is too elastic: event lifts are credited to event deals.
// - **+ events:** <span data-value="{withEvents.Estimate:F2}">-1.45</span>, close to the truth.
// - **+ all controls** (the Prime Day elasticity shift `prime_day:log(selling_price)`, the competitor's price,
//   advertising, rating, weekday, month and trend): **<span data-value="{final.Estimate:F2}">-1.50</span>**, with a 95 % CI of [<span data-value="{final.ConfidenceLower:F2}">-1.58</span>, <span data-value="{final.ConfidenceUpper:F2}">-1.41</span>] that
//   contains the true <span data-value="{eToys}">-1.5</span>. The interval is about as wide as before: the confounders that mattered were the SKU and event
//   effects; the other controls mainly make the model match the demand equation.
//
// **Business reading.** For a toy, a 10 % price cut multiplies units by $0.9^{e}$ = <span data-value="{1 + unitsLift:F2}">1.17</span> (<span data-value="{unitsLift:P0}">17 %</span> more units), so
// revenue ($p \times q$) changes by 0.9 × <span data-value="{1 + unitsLift:F2}">1.17</span> − 1 = +<span data-value="{revenueLift:P1}">5.4 %</span>. Demand is elastic ($|e| > 1$), so moderate discounts raise
// revenue; whether they raise *profit* depends on the margin (notebook 3).

// Were the controls' own assumptions met? The residuals of the final model, and its influential days:

// In [34] (cell "toys-influence")
var finalFit = fits[3].Fit;
var toyInfluence = finalFit.GetInfluence();
var toyLabels = toys.Where(r => r.InStock).Select(r => $"{r.Sku} {r.Date:yyyy-MM-dd}").ToArray();
CellValue.Show(() => Charts.Influence(toyInfluence, toyLabels, highlight: 6,
    title: "Toys log-log model: leverage vs studentized residuals", maxPoints: 1000));

// In [35] (cell "toys-influence-check")
var inStockToys = toys.Where(r => r.InStock).ToList();
var tStat = toyInfluence.StudentizedExternal;
var byAbsT = Enumerable.Range(0, inStockToys.Count)
    .OrderByDescending(i => Math.Abs(tStat[i])).ToList();
var top10 = byAbsT.Take(10).ToHashSet();
var toyOutliers = truth.Outliers
    .Where(o => o.Sku.StartsWith("TOYS", StringComparison.Ordinal)).ToList();
bool IsInjected(int i) =>
    toyOutliers.Any(o => o.Date == inStockToys[i].Date && o.Sku == inStockToys[i].Sku);
bool FbmOrEvent(SalesRecord r) => r.Fulfilment == "FBM" || r.PrimeDay || r.BlackFridayCyberMonday;
SelfCheck.That(toyOutliers.Count == 3 && toyOutliers.All(o => o.Reason == OutlierTruth.BulkOrder),
    "Toys has three injected outliers, all bulk B2B orders");
SelfCheck.That(top10.Count(IsInjected) == 3,
    "all 3 injected Toys outliers are among the 10 largest studentized residuals");
var others = top10.Where(i => !IsInjected(i)).ToList();
SelfCheck.That(others.Count(i => FbmOrEvent(inStockToys[i])) * 2 > others.Count,
    "most of the other 7 are FBM SKUs or event days");
var topLeverage = Enumerable.Range(0, inStockToys.Count)
    .OrderByDescending(i => toyInfluence.Leverage[i]).Take(10);
SelfCheck.That(topLeverage.All(i => inStockToys[i].PrimeDay),
    "the 10 highest-leverage rows are Prime Day rows");
CellValue.Show(() => Tables.ToDataFrame(byAbsT.Take(10).Select(i => new {
    inStockToys[i].Date, inStockToys[i].Sku, inStockToys[i].Fulfilment, inStockToys[i].PrimeDay,
    Bfcm = inStockToys[i].BlackFridayCyberMonday, t = tStat[i], Leverage = toyInfluence.Leverage[i],
    Injected = IsInjected(i) }), digits: 3));

// All three outliers injected into Toys (the three bulk B2B orders of `data/README.md`) are among the ten most
// extreme studentized residuals. Most of the others near the top are merchant-fulfilled (FBM) SKUs or event days: the
// generator's noise is <span data-value="{truth.Demand.FbmNoiseMultiplier}">1.3</span> times larger for FBM and <span data-value="{truth.Demand.EventNoiseMultiplier}">1.5</span> times larger on Prime Day and BFCM, which the residuals-vs-fitted
// plot shows as a wider band (heteroscedasticity; robust standard errors in notebook 4). The highest-leverage rows are
// Prime Day rows, the only rows where the `prime_day:log(selling_price)` column is not zero.

// In [36] (cell "toys-residuals")
CellValue.Show(() => Charts.ResidualsVsFitted(finalFit.FittedValues, finalFit.Residuals,
    "Toys log-log model: residuals vs fitted", maxPoints: 1000));

// In logs the band is roughly even and symmetric around zero, unlike the funnel of the linear fit in levels: the log
// transformation fixed the multiplicative noise. What remains (a slightly wider band in places, the few large positive
// residuals) is the FBM and event-day heteroscedasticity and the injected outliers, small enough not to move the
// elasticity, which is what the confidence-interval check above confirms.

// ## Exercises
//
// Each exercise has an empty code cell for your answer, hints that go from a nudge to nearly the answer (open them one
// at a time), and a worked solution in a hidden cell below it: it runs with the notebook and checks itself, so open it
// only to compare.

// ### Exercise 1: the slope's t test by hand
//
// Using only `price`, `units`, `bQr`, `sxx` and MathNet's `StudentT`, compute the residual standard error $s$, the standard
// error of the slope, its t statistic and two-sided p-value, and check them against `fit.Coefficients[1]`.
//
// <details><summary>Hint 1</summary>
//
// Start from the residuals $e_i = y_i - b_0 - b_1 x_i$ with $b_0, b_1$ from `bQr`, and their sum of squares, RSS.
// </details>
//
// <details><summary>Hint 2</summary>
//
// $s^2 = \mathrm{RSS}/(n-2)$ and $\mathrm{SE}(b_1) = s/\sqrt{S_{xx}}$; then $t = b_1/\mathrm{SE}(b_1)$.
// </details>
//
// <details><summary>Hint 3</summary>
//
// The p-value is $2\,P(T_{n-2} \ge |t|)$. For a tiny p-value avoid `1 - CDF(...)` (cancellation) and use `2 * StudentT.CDF(0, 1, n - 2, -Math.Abs(t))`.
// </details>

// In [37] (cell "exercise-1-code")

// In [38] (cell "exercise-1-solution")
var n = price.Length;
var rss = price.Zip(units, (x, u) => Math.Pow(u - bQr[0] - bQr[1] * x, 2)).Sum();
var s = Math.Sqrt(rss / (n - 2));
var seSlope = s / Math.Sqrt(sxx);
var tSlope = bQr[1] / seSlope;
var pSlope = 2 * StudentT.CDF(0, 1, n - 2, -Math.Abs(tSlope));
SelfCheck.Near(seSlope, fit.Coefficients[1].StandardError, 1e-9, "SE of the slope by hand");
SelfCheck.Near(tSlope, fit.Coefficients[1].Statistic, 1e-6, "t statistic by hand");
SelfCheck.That(pSlope < 1e-15 && fit.Coefficients[1].PValue < 1e-15,
    "both p-values are below 1e-15");

// ### Exercise 2: a 95 % prediction interval for a planner
//
// The buyer of TOYS-008 plans a one-day promotion at \$31.99 on an ordinary day. Using the linear fit, give the expected
// units and the 95 % prediction interval for that day, and check that the interval is wider than the confidence
// interval by more than a factor of 5.
//
// <details><summary>Hint 1</summary>
//
// Which interval answers "how many units will *this* day sell"? Section 6 has both.
// </details>
//
// <details><summary>Hint 2</summary>
//
// `fit.Predict([31.99])` returns a `Prediction`.
// </details>
//
// <details><summary>Hint 3</summary>
//
// Its `Mean`, `ObservationLower/ObservationUpper` (prediction interval) and `MeanLower/MeanUpper` (confidence interval) are all you need; compare the two widths.
// </details>

// In [39] (cell "exercise-2-code")

// In [40] (cell "exercise-2-solution")
var plan = fit.Predict([31.99]);
var piWidth = plan.ObservationUpper - plan.ObservationLower;
var ciWidth = plan.MeanUpper - plan.MeanLower;
Console.WriteLine($"expected {plan.Mean:F1} units;"
    + $" 95% PI [{plan.ObservationLower:F1}, {plan.ObservationUpper:F1}]");
SelfCheck.That(piWidth > 5 * ciWidth,
    "the prediction interval is more than 5 times wider than the confidence interval");

// ### Exercise 3: the elasticity of Books
//
// Books are the least price-sensitive category. Fit the final log-log model of section 9 to in-stock **Books** days and
// check that the 95 % confidence interval of the `log(selling_price)` coefficient contains the true Books elasticity.
//
// <details><summary>Hint 1</summary>
//
// Same model, different rows: the only new thing is the table.
// </details>
//
// <details><summary>Hint 2</summary>
//
// `Subset(sales.Where(r => r.Category == "Books" && r.InStock), "Books")` builds it; `specifications[3].Formula` is the model.
// </details>
//
// <details><summary>Hint 3</summary>
//
// `PriceTerm(booksFit)` picks the coefficient row; compare its `ConfidenceLower`/`ConfidenceUpper` with `truth.Category("Books").Elasticity`.
// </details>

// In [41] (cell "exercise-3-code")

// In [42] (cell "exercise-3-solution")
var booksRows = sales.Where(r => r.Category == "Books" && r.InStock);
var booksTable = Subset(booksRows, "Books, in-stock days");
var booksFit = Ols.Fit(specifications[3].Formula, booksTable);
var books = PriceTerm(booksFit);
var eBooks = truth.Category("Books").Elasticity;
SelfCheck.That(books.ConfidenceLower <= eBooks && eBooks <= books.ConfidenceUpper,
    $"the Books 95% CI [{books.ConfidenceLower:F3}, {books.ConfidenceUpper:F3}] contains {eBooks}");

// ### Exercise 4: is the intercept ever meaningful?
//
// Fit `log(units_sold) ~ center(log(selling_price))` to in-stock TOYS-008 ordinary days (the table `toyTable`). What
// does the intercept mean now? Check that $e^{\text{intercept}}$ lies between the median and the mean of daily units.
//
// <details><summary>Hint 1</summary>
//
// What is the value of the centred predictor on a day at the *average log price*?
// </details>
//
// <details><summary>Hint 2</summary>
//
// There the predictor is 0, so the intercept is the expected *log* units at the average log price, i.e. at the geometric-mean price.
// </details>
//
// <details><summary>Hint 3</summary>
//
// Exponentiating an expected log gives a **median**, not a mean: for log-normal noise the mean is larger by $e^{\sigma^2/2}$. Compare `Math.Exp(intercept)` with the median and the mean of `units`.
// </details>
//
// <details><summary>Answer: what the intercept means</summary>
//
// The expected log units at the geometric-mean price; $e^{\text{intercept}}$ is the **median** daily units there, a number a
// planner can use (the mean is a little higher).
// </details>

// In [43] (cell "exercise-4-code")

// In [44] (cell "exercise-4-solution")
var logFit = Ols.Fit("log(units_sold) ~ center(log(selling_price))", toyTable);
var typical = Math.Exp(logFit.Coefficients[0].Estimate);
var sortedUnits = units.Order().ToArray();
var medianUnits = sortedUnits[sortedUnits.Length / 2];
Console.WriteLine($"exp(intercept) = {typical:F1} units;"
    + $" median {medianUnits:F0}, mean {units.Average():F1}");
SelfCheck.Between(typical, 0.95 * medianUnits, units.Average(),
    "exp(intercept), between 95% of the median and the mean of daily units");

// ## Key takeaways
//
// - The simple linear model is $y = \beta_0 + \beta_1 x + \varepsilon$. Linearity makes the estimate right on average;
//   independence, constant variance and normality make the standard errors, tests and intervals right.
// - Compute least squares with a **QR factorization**, never with the normal equations (the going-deeper box shows them
//   losing every digit); centre and scale predictors before squaring them.
// - The slope is a rate in business units (units per dollar); the intercept is the prediction at $x = 0$ and is
//   meaningless unless $x = 0$ is observed; centring makes it meaningful.
// - A confidence interval covers the true coefficient in 95 % of repeated samples; a p-value is the probability of data
//   this extreme *if* the effect were zero, not the probability that it is zero, and not a measure of importance.
// - A **prediction interval** for one new day is much wider than the **confidence interval** for the mean; plan
//   inventory with the former, and trust its coverage only once a holdout has confirmed it: in-sample coverage proves
//   nothing.
// - Polynomial terms (`I(x^2)`) bend a linear model; use them inside the data range when no transform explains the
//   curve, test them, and never extrapolate them. When effects are proportional, take logs instead.
// - Plot residuals vs fitted, a Q-Q plot and leverage vs studentized residuals; here they revealed multiplicative noise
//   and the injected bulk order.
// - In a log-log model the slope is the elasticity. Getting it right needs **in-stock rows** (censoring), **SKU fixed
//   effects** and **event controls**: the naive regression had the wrong sign.

// ## Quiz
//
// 1. Which assumption do you need for the least-squares slope to be unbiased, and which ones only for its standard error?
// <details><summary>Answer</summary>Unbiasedness needs linearity (the errors have mean zero given x, i.e. no omitted confounder). Independence and constant variance are needed for the usual standard errors; normality for exact small-sample t tests and for prediction intervals.</details>
//
// 2. (Going deeper.) Why do the normal equations lose about twice as many digits as QR?
// <details><summary>Answer</summary>They work with XᵀX, whose condition number is the square of X's; a solver loses about log10 κ digits, so 2·log10 κ(X) instead of log10 κ(X).</details>
//
// 3. A regression of units on price gives an intercept of <span data-value="{intercept:F0}">162</span> units. What does it mean for TOYS-008?
// <details><summary>Answer</summary>The predicted units at a price of \$0, far outside the observed prices (\$<span data-value="{price.Min():F0}">28</span>–<span data-value="{price.Max():F0}">41</span>): it has no business meaning. Centring the price at \$37.99 gives an intercept that is the expected units at list price (about <span data-value="{atList:F0}">57</span>).</details>
//
// 4. A coefficient has p = 0.0001. Does that mean there is a 0.01 % chance the effect is zero? Is the effect large?
// <details><summary>Answer</summary>No on both counts. The p-value is the probability of a t statistic at least this extreme if the true effect were zero. It says nothing about the size of the effect: read the estimate and its confidence interval in business units for that.</details>
//
// 5. You must decide how many units of a toy to stock for tomorrow's promotion. Confidence or prediction interval? And
//    <span data-value="{inSampleCoverage:P0}">96 %</span> of the fitted days fall inside their 95 % prediction intervals: is the interval validated?
// <details><summary>Answer</summary>The prediction interval: it covers one new day's units, including the day-to-day noise, while the confidence interval only covers the average day. And no: coverage on the days that fitted the model is close to 95 % by construction. Only coverage on later, unseen days (a holdout: notebooks 4 and 5) validates it.</details>
//
// 6. Why did the pooled log-log regression of Toys give a positive elasticity?
// <details><summary>Answer</summary>It compared different SKUs (whose sales levels happen to rise with their price level in this category) instead of price changes within a SKU, and it credited event lifts to event discounts. SKU fixed effects and event dummies remove these confounders; stock-out days must be dropped because their units are censored.</details>
//
// 7. (A computation.) The slope is <span data-value="{slope:F3}">-2.772</span> units per dollar with a standard error of <span data-value="{slopeRow.StandardError:F3}">0.286</span>, on <span data-value="{fit.Statistics.DegreesOfFreedomResidual}">626</span> residual degrees of
//    freedom. Without the library, compute its t statistic and an approximate 95 % confidence interval (use 1.96 for
//    the t quantile). How many units would a \$2 price cut add, at the two ends of the interval?
// <details><summary>Worked answer</summary>t = <span data-value="{slope:F3}">-2.772</span> / <span data-value="{slopeRow.StandardError:F3}">0.286</span> = <span data-value="{slope / slopeRow.StandardError:F1}">-9.7</span>. The interval is <span data-value="{slope:F3}">-2.772</span> ± 1.96 × <span data-value="{slopeRow.StandardError:F3}">0.286</span> = [<span data-value="{slope - 1.96 * slopeRow.StandardError:F2}">-3.33</span>, <span data-value="{slope + 1.96 * slopeRow.StandardError:F2}">-2.21</span>] (the library's exact t quantile gives the same to two decimals). A \$2 cut adds between <span data-value="{-2 * (slope + 1.96 * slopeRow.StandardError):F1}">4.4</span> and <span data-value="{-2 * (slope - 1.96 * slopeRow.StandardError):F1}">6.7</span> units a day.</details>

/// <summary>What the notebook shows below a cell that ends in an expression, printed: the value's text, or a
/// sequence's items one per line when it has no text of its own. Charts and tables print their text form.</summary>
static class CellValue
{
    /// <summary>Prints the value of a cell's last expression.</summary>
    public static void Show<T>(Func<T> expression) => Print(expression());

    /// <summary>Runs a cell's last expression that has no value (the notebook shows nothing).</summary>
    public static void Show(Action expression) => expression();

    private static void Print(object value)
    {
        if (value is System.Collections.IEnumerable items and not string
            && value.GetType().GetMethod("ToString", Type.EmptyTypes)?.DeclaringType == typeof(object))
        {
            foreach (var item in items)
            {
                Console.WriteLine(item);
            }

            return;
        }

        Console.WriteLine(value);
    }
}
