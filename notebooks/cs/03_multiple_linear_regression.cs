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

// The file-based twin of notebooks/03_multiple_linear_regression.ipynb: the same cells as one .NET 10 program, written by
// 'course export' (edit the notebook, not this file). From the repository's root:
//     dotnet run notebooks/cs/03_multiple_linear_regression.cs

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
using AmazonSalesRegression.Business;
using AmazonSalesRegression.Data.Csv;
using AmazonSalesRegression.Data.Generation;
using AmazonSalesRegression.Data.Loading;
using AmazonSalesRegression.Features.Formulas;
using AmazonSalesRegression.Regression;
using AmazonSalesRegression.Resampling;
using AmazonSalesRegression.Teaching;
using AmazonSalesRegression.Visualization;
using AmazonSalesRegression.Evaluation;
using AmazonSalesRegression.Features.Tabular;

// # 3. Multiple linear regression: prices, promotions, advertising and events together
//
// Notebook 2 fitted one predictor at a time. Real demand moves with price, the competitor's price, three advertising channels, the weekday, the season and shopping events **at the same time**, and these drivers move together: deals cluster on Prime Day, ad budgets rise in the holiday season. Multiple regression separates them. In this notebook we write models as formulas, add categorical, interaction, log, polynomial and calendar terms, meet multicollinearity and omitted-variable bias on real columns, test nested models, and then answer two business questions with the fitted model: **how should the ad budget be split across channels**, and **what price maximizes profit in each category**. Every estimate is checked against the generator's true parameters.
//
// **Learning objectives.** After this notebook you can
// - write a model as a formula (`Ols.Fit(formula, table)`) with categorical factors, a chosen reference level, interactions, logs, polynomials and calendar features, and read the patsy-style column names;
// - recognize exact collinearity (aliased columns) and near-collinearity (VIF, condition number) and choose what to do about it;
// - explain omitted-variable bias, predict its sign, and test groups of terms with the nested-model F test;
// - turn log-demand coefficients into marginal returns of ad dollars, a budget reallocation in dollars, price elasticities by category and profit-maximizing prices.
//
// **Prerequisites.** [Notebook 2](02_linear_regression_fundamentals.ipynb) (OLS, standard errors, confidence intervals, log-log elasticity); the data dictionary in `data/README.md`.
//
// **Estimated time.** 90 minutes, plus 30 minutes for the exercises.
//
// [← Previous: Linear regression fundamentals](02_linear_regression_fundamentals.ipynb) | [Next: Model evaluation and metrics →](04_model_evaluation_and_metrics.ipynb)

// In [1] (cell "setup")
CourseNotebook.Initialize();

// ## 1. Data: in-stock days only
//
// On an out-of-stock day `units_sold` is not demand: the shelf emptied early, so units are censored far below what customers wanted (often 0, and log 0 is undefined). A demand model must leave those days out. We load the table with the course schema plus one extra row rule, *in stock all day*, and let the reader skip (and count) the rows that fail it. Nothing is dropped silently: `SkippedRows` lists every one with its line number.

// In [2] (cell "load")
var root = CoursePaths.FindRoot();
var inStockRule = new CsvRowRule("in_stock", "in stock all day",
    row => row.GetBoolean("in_stock") ? null : "out of stock: units are censored");
var inStockOnly = new CsvSchema(SalesCsv.Schema.Columns,
    rules: [.. SalesCsv.Schema.Rules, inStockRule]);
var readOptions = new CsvReadOptions { BadRows = BadRowPolicy.Skip };
var sales = CsvReader.Read(CoursePaths.SalesCsv(root), inStockOnly, readOptions);
var truth = GroundTruth.FromJson(File.ReadAllText(CoursePaths.TruthJson(root)));
var keptRows = sales.RowCount;
var skippedRows = sales.SkippedRows.Count;
var allRows = keptRows + skippedRows;
Console.WriteLine(
    $"{keptRows:N0} in-stock SKU-days kept, {skippedRows:N0} out-of-stock SKU-days left out");
var stockOutDays = truth.StockOuts.Episodes.Sum(e => e.End.DayNumber - e.Start.DayNumber + 1);
SelfCheck.That(allRows == 35_088, "kept + skipped rows = all 35,088 rows of the file");
SelfCheck.That(skippedRows == stockOutDays,
    "every skipped row is a stock-out day listed in the truth");

// We keep <span data-value="{keptRows:N0}">34,016</span> SKU-days and leave out <span data-value="{skippedRows:N0}">1,072</span> out-of-stock days (<span data-value="{(double)skippedRows / allRows:P1}">3.1 %</span>), exactly the stock-out days the generator recorded. Leaving them in would bias every coefficient, because stock-outs are not random with respect to the regressors we care about (a deep discount sells the shelf empty faster).

// ## 2. The formula interface
//
// `Ols.Fit(formula, table)` takes a model in the notation of R and Python's statsmodels/patsy: the response left of `~`, terms right of it, joined by `+`. Functions transform columns (`log`, `log1p`, `I(...)` for arithmetic), `C(x)` makes a factor, `a:b` is an interaction and `a*b` means `a + b + a:b`. The columns of the fitted design are named exactly as patsy names them, so a model here and in statsmodels can be compared row by row.

// In [3] (cell "formula-parse")
var formula = Formula.Parse(
    "log(units_sold) ~ log(selling_price) + C(category, Treatment(\"Books\")) + prime_day");
Console.WriteLine($"response: {formula.Response}; intercept: {formula.HasIntercept}");
Console.WriteLine($"terms: {string.Join(" | ", formula.Terms)}");

// ## 3. Categorical predictors: one-hot coding with a reference level
//
// A category is not a number. `C(category, Treatment("Books"))` turns the six categories into five 0/1 columns, one per category **except the reference level** (Books): a column for all six would add up to the intercept column and be exactly collinear with it (the *dummy variable trap*). Each category coefficient is then the difference in log units from Books at the same price. Text columns are treated as categorical automatically; `C()` is needed only to choose the reference.

// In [4] (cell "pooled-fit")
CoefficientEstimate Coef(OlsResult fit, string name) =>
    fit.Coefficients.Single(c => c.Name == name);
var pooledFormula = "log(units_sold) ~ log(selling_price) + C(category, Treatment(\"Books\"))";
var pooled = Ols.Fit(pooledFormula, sales);
var elecDummy = Coef(pooled, "C(category, Treatment(\"Books\"))[T.Electronics]").Estimate;
var pooledPrice = Coef(pooled, "log(selling_price)").Estimate;
var dummyColumns = pooled.Names.Count(n => n.StartsWith("C(category"));
SelfCheck.That(pooled.ResponseName == "log(units_sold)", "the response is log(units_sold)");
SelfCheck.That(dummyColumns == 5, "6 categories give 5 dummy columns (Books is the reference)");
SelfCheck.Near(elecDummy, -0.778, 0.0005, "Electronics vs Books gap (log units)");
SelfCheck.Near(pooledPrice, 0.118, 0.0005,
    "pooled price coefficient (wrong sign: a between-SKU comparison)");
CellValue.Show(() => pooled.Summary());

// Read the names: `C(category, Treatment("Books"))[T.Electronics]` is the Electronics dummy, and its coefficient **−<span data-value="{-elecDummy:F3}">0.778</span>** is the difference in *mean log units* between an Electronics and a Books SKU-day that this model treats as "at the same price".
//
// But look at the price coefficient first: **+<span data-value="{pooledPrice:F3}">0.118</span>**, *positive*. Higher prices sell more? No. This model compares **different SKUs**: expensive SKUs are not less popular than cheap ones in this market (base demand was drawn independently of the price level), and they get bigger ad budgets. The price effect we want, the response of one SKU to its own price changes, is drowned by differences *between* SKUs. The model is **confounded**, and its category gaps are measured along that wrong price slope, so they are not "the same product at the same price" comparisons either. Two reasons not to read −<span data-value="{-elecDummy:F3}">0.778</span> as "Electronics sells <span data-value="{1 - Math.Exp(elecDummy):P0}">54 %</span> fewer units at the same price":
//
// - it comes from the confounded model just described: change the price term and the category gaps change with it;
// - even in a good model, exp(β) − 1 compares **medians** (geometric means of units), not average units: a difference of mean logs back-transforms to a ratio of geometric means. It is also the ratio of average units only if both groups have the same noise spread, and in this generator they do not (σ = <span data-value="{truth.Categories.Max(c => c.NoiseSd):F2}">0.30</span> for Electronics, <span data-value="{truth.Categories.Min(c => c.NoiseSd):F2}">0.18</span> for Books on the log scale), so the ratio of means is exp(β + (σ²_E − σ²_B)/2), not exp(β).
//
// The cure for the confounding is a SKU **fixed effect**, `C(sku)`: 47 dummies that give every SKU its own intercept, so the price coefficient is estimated only from price changes *within* each SKU (promotions, event deals, list price changes), which the README tells us are random. The SKU dummies also absorb the category level and FBA, which never change within a SKU.

// ## 4. The full demand model: logs, interactions, calendar and events
//
// Now we write the model the business needs, term by term:
//
// | Term | Why |
// | --- | --- |
// | `C(sku)` | SKU fixed effects: each SKU's own demand level |
// | `C(category):log(selling_price)` | one price elasticity **per category** (no category main effect: the SKU effects hold it) |
// | `log(selling_price):prime_day` | **interaction**: does the elasticity change on Prime Day? |
// | `log(competitor_price)` | cross-price elasticity |
// | `log1p(ad_spend_sp/25)` and the other two channels | advertising with **diminishing returns**: ln(1 + spend/h) |
// | `dayofweek(date)`, `month(date)`, `time(date)` | **calendar**: weekday dummies (Monday reference), month dummies (January reference), a linear trend in years |
// | `prime_day`, `bfcm`, `holiday_season` | **events** (BFCM lies inside the holiday season, so on BFCM days both lifts add up) |
// | `avg_rating` | the rating shown that day |
//
// Logs on both sides make the price coefficients elasticities: a 1 % higher price changes units by *e* %. The ad terms need a scale h per channel; we take the half-saturation spends (<span data-value="{truth.AdChannels[0].HalfSaturation:0}">25</span>, <span data-value="{truth.AdChannels[1].HalfSaturation:0}">20</span> and <span data-value="{truth.AdChannels[2].HalfSaturation:0}">15</span> USD) as known from an earlier experiment (here, from the generator), because a linear regression cannot estimate a parameter inside a nonlinear transform. (Notebook 4 and the production model switch to plain log1p(spend), which needs no h, and explain what that changes.)

// In [5] (cell "demand-fit")
var adTerms = "log1p(ad_spend_sp/25) + log1p(ad_spend_sb/20) + log1p(ad_spend_display/15)";
var demandFormula = "log(units_sold) ~ C(sku) + C(category):log(selling_price)"
    + " + log(selling_price):prime_day + log(competitor_price) + " + adTerms
    + " + dayofweek(date) + month(date) + time(date)"
    + " + prime_day + bfcm + holiday_season + avg_rating";
var demand = Ols.Fit(demandFormula, sales);
var demandColumns = demand.Names.Count;
var demandSd = demand.ResidualStandardError;
Console.WriteLine($"{demandColumns} columns, {demand.Observations:N0} rows, "
    + $"R² = {demand.RSquared:F3}, residual sd = {demandSd:F3}");

// The table below compares the shared coefficients with the generator's true values. `inside` says whether the 95 % confidence interval covers the truth.

// In [6] (cell "demand-shared")
var d = truth.Demand;
var shared = new (string Term, double True)[] {
    ("log(selling_price):prime_day", d.PrimeDayElasticityShift),
    ("log(competitor_price)", d.CompetitorCrossElasticity),
    ("prime_day", d.PrimeDayLift), ("bfcm", d.BlackFridayCyberMondayLift),
    ("holiday_season", d.HolidaySeasonLift), ("time(date)", d.TrendPerYear),
    ("avg_rating", d.RatingEffect) };
var sharedRows = shared.Select(s => (Row: Coef(demand, s.Term), s.True)).Select(x => new {
    Term = x.Row.Name, Estimate = x.Row.Estimate, Lower = x.Row.ConfidenceLower,
    Upper = x.Row.ConfidenceUpper, True = x.True,
    Inside = x.Row.ConfidenceLower <= x.True && x.True <= x.Row.ConfidenceUpper }).ToList();
CellValue.Show(() => Tables.ToDataFrame(sharedRows, digits: 3));

// In [7] (cell "demand-shared-check")
var delta = Coef(demand, "log(selling_price):prime_day");
var primeLift = Coef(demand, "prime_day").Estimate;
var bfcmLift = Coef(demand, "bfcm").Estimate;
var holidayLift = Coef(demand, "holiday_season").Estimate;
var trendPerYear = Coef(demand, "time(date)").Estimate;
var ratingEffect = Coef(demand, "avg_rating").Estimate;
SelfCheck.Between(d.PrimeDayElasticityShift, delta.ConfidenceLower, delta.ConfidenceUpper,
    "true δ = -0.15 inside the 95 % CI of the Prime Day interaction");
SelfCheck.That(sharedRows.Count(r => r.Inside) >= 6,
    "at least 6 of the 7 shared coefficients cover their truth");
var primeLiftAt50 = primeLift + delta.Estimate * Math.Log(50);
SelfCheck.Between(primeLiftAt50, 0.5, 0.8, "estimated Prime Day lift of a $50 item (log units)");
var elecE = Coef(demand, "C(category)[Electronics]:log(selling_price)").Estimate;
var elecPrimeE = elecE + delta.Estimate;
var spB = Coef(demand, "log1p(ad_spend_sp/25)").Estimate;
SelfCheck.That(elecPrimeE < elecE, "Electronics is more price-elastic on Prime Day");

// **The interaction.** The coefficient of `log(selling_price):prime_day` is **−<span data-value="{-delta.Estimate:F3}">0.149</span>**, with a 95 % interval that covers the true δ = −<span data-value="{-d.PrimeDayElasticityShift:F2}">0.15</span>: on Prime Day every category is about <span data-value="{-delta.Estimate:F2}">0.15</span> *more* price-elastic (shoppers compare deals). An Electronics SKU with elasticity −<span data-value="{-elecE:F2}">1.77</span> on a normal day has about −<span data-value="{-elecPrimeE:F2}">1.92</span> on Prime Day. Because of the interaction, the `prime_day` coefficient (<span data-value="{primeLift:F2}">1.22</span>) alone is the lift of a **$1** item, which sells nothing on Amazon. The lift at a realistic price is <span data-value="{primeLift:F2}">1.22</span> − <span data-value="{-delta.Estimate:F3}">0.149</span>·ln p: at $50 it is <span data-value="{primeLiftAt50:F2}">0.64</span> in log units, so a $50 item's median daily units are exp(<span data-value="{primeLiftAt50:F2}">0.64</span>) ≈ **<span data-value="{Math.Exp(primeLiftAt50):F1}">1.9</span> times** their normal level on Prime Day, before any extra discount. This is why a coefficient involved in an interaction must never be read on its own.
//
// **Events and calendar.** BFCM adds <span data-value="{bfcmLift:F3}">0.625</span> log units *on top of* the holiday season's <span data-value="{holidayLift:F3}">0.250</span> (median units +<span data-value="{Math.Exp(holidayLift) - 1:P0}">28 %</span> over the whole season, +<span data-value="{Math.Exp(holidayLift + bfcmLift) - 1:P0}">140 %</span> on BFCM days). The trend is <span data-value="{trendPerYear:F3}">0.078</span> log units per year, about +<span data-value="{Math.Exp(trendPerYear) - 1:P0}">8 %</span> units a year from the organic growth of the marketplace, the same for all SKUs. A one-star better rating means +<span data-value="{Math.Exp(ratingEffect) - 1:P0}">38 %</span> median units.

// In [8] (cell "weekday")
var weekdays = truth.Demand.WeekdayEffects.Where(w => w.Day != DayOfWeek.Monday)
    .Select(w => (Row: Coef(demand, $"dayofweek(date)[T.{w.Day.ToString()[..3]}]"), w.Effect))
    .Select(x => new { x.Row.Name, x.Row.Estimate, Lower = x.Row.ConfidenceLower,
        Upper = x.Row.ConfidenceUpper, True = x.Effect }).ToList();
var saturdayLift = Math.Exp(Coef(demand, "dayofweek(date)[T.Sat]").Estimate) - 1;
var wednesdayLift = Math.Exp(Coef(demand, "dayofweek(date)[T.Wed]").Estimate) - 1;
SelfCheck.That(weekdays.All(w => w.Lower <= w.True && w.True <= w.Upper),
    "every weekday effect's CI covers its truth");
SelfCheck.That(saturdayLift > 0 && wednesdayLift < 0,
    "Saturday sells more than Monday, Wednesday less");
CellValue.Show(() => Tables.ToDataFrame(weekdays, digits: 3));

// Weekday dummies are relative to **Monday** (the first level). Saturday sells <span data-value="{saturdayLift:P0}">10 %</span> more than a Monday at the same price and ad spend, Wednesday <span data-value="{-wednesdayLift:P0}">5 %</span> less: a reason to schedule promotions and ad budget toward the weekend. The months play the same role for the yearly season (the generator uses smooth sine/cosine terms; eleven month dummies approximate them with more parameters).

// ### Polynomial terms and the nested-model F test
//
// Is the log-log form right, or does the elasticity change with the price level? Is the trend straight? Add squared terms with `I(...)` (arithmetic inside a formula) and ask whether they improve the fit **jointly** with the **nested-model F test**: the restricted model (without the terms) is a special case of the full one, and
//
// F = [(RSS_restricted − RSS_full) / q] / [RSS_full / (n − p_full)]
//
// compares the drop in the residual sum of squares per added column (q of them) with the noise level. A small F (large p-value) says the extra terms buy nothing.

// In [9] (cell "poly-fit")
var poly = Ols.Fit(demandFormula + " + I(log(selling_price)**2) + I(time(date)**2)", sales);
var polyTest = poly.CompareNested(demand);
Console.WriteLine($"F = {polyTest.Statistic:F2} on ({polyTest.DegreesOfFreedom}, "
    + $"{polyTest.DenominatorDegreesOfFreedom}) df, p = {polyTest.PValue:F3}");
SelfCheck.That(polyTest.DegreesOfFreedom == 2,
    "the test has q = 2 restrictions (the two squared terms)");
SelfCheck.That(polyTest.PValue > 0.05,
    "the squared terms are not needed at the 5 % level (the true model is log-log, linear trend)");

// In [10] (cell "weekday-test")
var noWeekday = Ols.Fit(demandFormula.Replace(" + dayofweek(date)", ""), sales);
var weekdayTest = demand.CompareNested(noWeekday);
Console.WriteLine($"F = {weekdayTest.Statistic:F1} on ({weekdayTest.DegreesOfFreedom}, "
    + $"{weekdayTest.DenominatorDegreesOfFreedom}) df, p = {weekdayTest.PValue:G3}");
SelfCheck.That(weekdayTest.DegreesOfFreedom == 6 && weekdayTest.PValue < 1e-10,
    "the six weekday dummies are jointly highly significant");

// The squared terms do not improve the fit (F = <span data-value="{polyTest.Statistic:F2}">0.04</span>, p = <span data-value="{polyTest.PValue:F3}">0.965</span>): constant elasticity and a linear trend are adequate, so we keep the simpler model. The six weekday dummies, tested **together**, are overwhelmingly significant (F = <span data-value="{weekdayTest.Statistic:F1}">205.6</span>). The joint test matters: individual t-tests answer "is this one dummy zero given all the others?", while the business question is "does the weekday matter at all?". Note also what the F test is *not*: with <span data-value="{keptRows:N0}">34,016</span> rows even tiny effects become significant, so always read the size of an effect (here ±<span data-value="{-100 * wednesdayLift:F0}">5</span>–<span data-value="{saturdayLift:P0}">10 %</span> of units) next to its p-value.

// ## 5. Multicollinearity, shown for real
//
// ### Exact collinearity: the price trio
//
// `selling_price` is *exactly* `list_price − discount` in every row. Put all three in a model and one column is a linear combination of the other two: XᵀX is singular and the coefficients are not identified; infinitely many combinations fit equally well. R's `lm` reports such a coefficient as `NA`; our library does the same: its pivoted QR finds the column whose part orthogonal to the earlier columns is (numerically) zero, marks it **aliased**, estimates the others and excludes it from the degrees of freedom.

// In [11] (cell "trio-fit")
var trio = Ols.Fit("log(units_sold) ~ C(sku) + list_price + discount + selling_price", sales);
Console.WriteLine($"aliased: {string.Join(", ", trio.AliasedColumns)}; "
    + $"rank {trio.Rank} of {trio.Names.Count} columns");
SelfCheck.That(trio.AliasedColumns.SequenceEqual(["selling_price"]),
    "selling_price is aliased: it equals list_price - discount");
var trioRows = trio.Coefficients.Where(c => !c.Name.StartsWith("C("))
    .Select(c => new { c.Name, c.Estimate, c.StandardError, c.IsAliased });
CellValue.Show(() => Tables.ToDataFrame(trioRows, digits: 4));

// `selling_price` is aliased (NaN, like R's NA), and the other two coefficients answer a *different* question than they seem to: with `selling_price` gone, `list_price` measures the effect of a dollar more on the list price **at an unchanged discount**, which raises the selling price by a dollar too, and `discount` the effect of a dollar more discount at an unchanged list price. Which column gets dropped depends only on the order of the terms, so a model with an aliased column is telling you to **decide** which parametrization you mean. For demand, the customer reacts to what they pay: use `log(selling_price)` alone (plus, if you suspect a "deal" effect beyond the price, the discount *share* `I(discount/list_price)`, which is not an exact combination).

// ### Near collinearity: the three ad channels
//
// The three channels share one daily budget and differ only by small noise, so they rise and fall together. That is not exact collinearity, but it inflates the variance of each channel's coefficient. The **variance inflation factor** VIFⱼ = 1/(1 − R²ⱼ), with R²ⱼ from regressing channel j on the other predictors, says by how much; √VIF is the factor on the standard error.

// In [12] (cell "ads-correlation")
var adColumns = new[] { "ad_spend_sp", "ad_spend_sb", "ad_spend_display" };
var adSeries = adColumns.Select(c => sales.Numeric(c).ToArray()).ToArray();
var adCorrelation = MathNet.Numerics.Statistics.Correlation.PearsonMatrix(adSeries);
SelfCheck.Between(adCorrelation[0, 1], 0.85, 0.95,
    "Pearson r of Sponsored Products and Sponsored Brands spend");
CellValue.Show(() => Charts.Layout("Correlation of daily ad spend across channels", "", "",
    Charts.Heatmap(adColumns, adColumns, adCorrelation.ToRowArrays())));

// In [13] (cell "ads-vif")
var adsOnly = Ols.Fit("log(units_sold) ~ " + adTerms, sales);
var vif = adsOnly.GetVarianceInflation();
var condition = adsOnly.GetResidualDiagnostics();
foreach (var (name, value) in vif)
    Console.WriteLine($"VIF {name,-28} {value,6:F2}   (standard error x {Math.Sqrt(value):F2})");
Console.WriteLine($"condition number: {condition.ConditionNumber:F1} raw, "
    + $"{condition.ScaledConditionNumber:F1} with unit-length columns");
var meanVif = vif.Values.Average();
SelfCheck.That(vif.Values.All(v => v > 5 && v < 10),
    "the ad channels' VIFs lie between 5 and 10 (pairwise r ≈ 0.9)");
SelfCheck.That(condition.ScaledConditionNumber < 30,
    "scaled condition number below 30: moderate, not severe");

// Pairwise correlations of about <span data-value="{adCorrelation[0, 1]:F2}">0.90</span> give VIFs of about <span data-value="{meanVif:F1}">7.4</span>: each channel's standard error is about <span data-value="{Math.Sqrt(meanVif):F1}">2.7</span> times as wide as it would be with uncorrelated channels. The scaled condition number (Belsley, Kuh and Welsch: above 30 is serious) is <span data-value="{condition.ScaledConditionNumber:F1}">15.8</span>: moderate, not severe. With <span data-value="{keptRows:N0}">34,016</span> rows the main model still estimates each channel well (see section 7), but on one SKU's 731 days the three coefficients would be noisy, could even flip sign, and would change a lot when a few weeks of data are added.
//
// What to do about it:
// 1. **Combine**: if the question is "what does advertising do in total?", the sum b_sp + b_sb + b_display is well determined even when the parts are not (its variance includes the *negative* covariances between the parts). Below, its interval is narrower than that of the SP coefficient alone.
// 2. **Drop** a channel: the cheapest fix and usually the wrong one, because the dropped channel's effect loads onto the kept ones (omitted-variable bias, next section; see Exercise 2).
// 3. **Shrink**: ridge regression trades a little bias for much less variance; notebook 5 fits it.
// 4. **Get better data**: an experiment that varies one channel's budget alone breaks the correlation. For the budget decision in section 7, that is the real recommendation.

// In [14] (cell "ads-combined")
var v = demand.GetCovarianceMatrix();
var adIndex = demand.Names.Select((n, i) => (n, i)).Where(x => x.n.StartsWith("log1p(ad_spend"))
    .Select(x => x.i).ToArray();
var totalAd = adIndex.Sum(i => demand.Solution.Coefficients[i]);
var totalAdSe = Math.Sqrt(adIndex.Sum(i => adIndex.Sum(j => v[i, j])));
var independentSe = Math.Sqrt(adIndex.Sum(i => v[i, i]));
var trueTotalAd = truth.AdChannels.Sum(c => c.Coefficient);
Console.WriteLine($"b_sp + b_sb + b_display = {totalAd:F3} ± {1.96 * totalAdSe:F3}; "
    + $"± {1.96 * independentSe:F3} if the three estimates were uncorrelated");
SelfCheck.That(totalAdSe < 0.6 * independentSe,
    "the negative covariances make the total at least 40 % more precise than independent parts");
SelfCheck.Near(totalAd, trueTotalAd, 2 * totalAdSe,
    "total ad response within 2 standard errors of the true 0.36");

// ## 6. Omitted-variable bias
//
// Leave out a regressor that (1) affects units and (2) is correlated with an included regressor, and the included one absorbs part of its effect. For one omitted variable z, the bias of the price coefficient is β_z × (slope of z on log price, given the other regressors). Predict the sign before fitting: events bring **deep discounts** (a low price) *and* a demand lift *and* a bigger ad budget (the README's budget rises 0.7 in log on event days). Drop events, calendar and advertising, and the demand spike of Prime Day is credited to its low prices: the slope of events on log price is negative, their effect positive, so the bias is **negative**: prices look *more* elastic than they are.

// In [15] (cell "ovb-fit")
var omitted = Ols.Fit(
    "log(units_sold) ~ C(sku) + C(category):log(selling_price) + log(competitor_price)", sales);
var ovbRows = truth.Categories.Select(c => (c, Name: $"C(category)[{c.Name}]:log(selling_price)"))
    .Select(x => new { Category = x.c.Name, True = x.c.Elasticity,
        Full = Coef(demand, x.Name).Estimate,
        Omitted = Coef(omitted, x.Name).Estimate,
        Bias = Coef(omitted, x.Name).Estimate - Coef(demand, x.Name).Estimate }).ToList();
var smallestBias = ovbRows.Max(r => r.Bias);
var largestBias = ovbRows.Min(r => r.Bias);
var elecCutLift0 = Math.Pow(0.9, elecE) - 1;
var elecOmitted = ovbRows.Single(r => r.Category == "Electronics").Omitted;
SelfCheck.That(ovbRows.All(r => r.Bias < 0),
    "dropping events, calendar and ads moves every elasticity down");
CellValue.Show(() => Tables.ToDataFrame(ovbRows, digits: 3));

// Every elasticity moves down, by <span data-value="{-smallestBias:F2}">0.32</span> to <span data-value="{-largestBias:F2}">0.45</span>. For Electronics, the biased −<span data-value="{-elecOmitted:F2}">2.09</span> instead of −<span data-value="{-elecE:F2}">1.77</span> would tell the pricing team that a 10 % price cut lifts units by about <span data-value="{Math.Pow(0.9, elecOmitted) - 1:P0}">25 %</span> rather than <span data-value="{elecCutLift0:P0}">20 %</span>, and deep discounts would look more profitable than they are. The same mechanism runs the other way for advertising (section 7): ad budgets are *set higher* when demand is high, so a regression of units on ad spend without season and event controls credits the season to the ads. The lesson: a coefficient is only as good as the list of confounders the model controls for, and the list comes from knowing how the data were generated (here, the README; in practice, from the teams who set prices and budgets), not from the data alone.

// ## 7. Marketing ROI per channel, with diminishing returns
//
// The demand model says each channel adds bₖ·ln(1 + adₖ/hₖ) to log units. Differentiating, one more dollar on channel k raises log units by bₖ/(hₖ + adₖ): the return **falls** as spend rises. In units and dollars, at the current spend:
//
// - marginal units per extra dollar = units × bₖ/(hₖ + adₖ)
// - marginal revenue per extra dollar = revenue × bₖ/(hₖ + adₖ)
//
// **Is the estimate causal?** Ad budgets are confounded: they grow with the SKU's size, the season and the events, exactly what raises demand. Our model controls for each of these: SKU fixed effects (size), month dummies and the trend (season), the event flags (events). What remains of the budget's variation is the day-to-day AR noise, which the README says is independent of demand shocks, so the coefficients can be read causally. First, see how wrong they are without those controls.

// In [16] (cell "ads-confounded")
var confounded = Ols.Fit("log(units_sold) ~ C(sku) + " + adTerms, sales);
var channelRows = truth.AdChannels
    .Select(c => (Name: $"log1p({c.Column}/{c.HalfSaturation:0})", c.Coefficient))
    .Select(x => new { Term = x.Name, True = x.Coefficient,
        NoSeasonControls = Coef(confounded, x.Name).Estimate,
        FullModel = Coef(demand, x.Name).Estimate,
        Lower = Coef(demand, x.Name).ConfidenceLower,
        Upper = Coef(demand, x.Name).ConfidenceUpper })
    .ToList();
SelfCheck.That(channelRows.All(r => r.Lower <= r.True && r.True <= r.Upper),
    "each channel's true b lies inside the full model's 95 % CI");
SelfCheck.That(channelRows.All(r => r.NoSeasonControls > 2 * r.True),
    "without season and event controls every channel's effect is overstated more than twofold");
var noControlsLow = channelRows.Min(r => r.NoSeasonControls);
var noControlsHigh = channelRows.Max(r => r.NoSeasonControls);
CellValue.Show(() => Tables.ToDataFrame(channelRows, digits: 3));

// Without season and event controls the three channels look almost equally strong (<span data-value="{noControlsLow:F2}">0.38</span> to <span data-value="{noControlsHigh:F2}">0.43</span> each) and two (SP) to six (Display) times stronger than they really are: the model credits the ads for the holiday season. With the controls, the estimates <span data-value="{channelRows[0].FullModel:F3}">0.199</span> (SP), <span data-value="{channelRows[1].FullModel:F3}">0.105</span> (SB) and <span data-value="{channelRows[2].FullModel:F3}">0.075</span> (Display) each cover their true value. Now the money question: what does one more dollar buy, per channel, at each SKU's current spend?

// In [17] (cell "roi")
MarketingChannel Estimated(AdChannelTruth c) => new(c.Column,
    Coef(demand, $"log1p({c.Column}/{c.HalfSaturation:0})").Estimate, c.HalfSaturation);
var channels = truth.AdChannels.Select(Estimated).ToList();
var trueChannels = truth.AdChannels
    .Select(c => new MarketingChannel(c.Column, c.Coefficient, c.HalfSaturation)).ToList();
var records = SalesCsv.ToRecords(sales);
var skuDays = records.GroupBy(r => r.Sku).Select(g => (Sku: g.Key,
    Revenue: g.Average(r => r.Revenue), Units: g.Average(r => r.UnitsSold),
    Spends: new[] { g.Average(r => r.AdSpendSponsoredProducts),
        g.Average(r => r.AdSpendSponsoredBrands), g.Average(r => r.AdSpendDisplay) })).ToList();
var roi = channels.Select((ch, k) => new { Channel = ch.Name,
    MeanSpend = skuDays.Average(s => s.Spends[k]),
    MarginalUnits = skuDays.Average(s => ch.MarginalUnits(s.Spends[k], s.Units)),
    MarginalRevenue = skuDays.Average(s => ch.MarginalRevenue(s.Spends[k], s.Revenue)),
    TrueMarginalRevenue = skuDays.Average(s =>
        trueChannels[k].MarginalRevenue(s.Spends[k], s.Revenue)) }).ToList();
var breakEven = UnitEconomics.BreakEvenRevenuePerAdDollar;
var ranked = roi[0].MarginalRevenue > roi[1].MarginalRevenue
    && roi[1].MarginalRevenue > roi[2].MarginalRevenue;
SelfCheck.That(ranked, "marginal revenue per dollar ranks SP > SB > Display");
SelfCheck.That(roi.All(r => r.MarginalRevenue > breakEven),
    "every channel's next dollar brings more revenue than the break-even 1/m");
CellValue.Show(() => Tables.ToDataFrame(roi, digits: 3));

// At today's spend (averaged over the 48 SKUs), one more dollar per SKU-day on **Sponsored Products** brings about **$<span data-value="{roi[0].MarginalRevenue:F2}">6.46</span>** of revenue, on **Sponsored Brands $<span data-value="{roi[1].MarginalRevenue:F2}">5.69</span>** and on **Display $<span data-value="{roi[2].MarginalRevenue:F2}">5.29</span>** (true values: $<span data-value="{roi[0].TrueMarginalRevenue:F2}">6.49</span>, $<span data-value="{roi[1].TrueMarginalRevenue:F2}">5.43</span> and $<span data-value="{roi[2].TrueMarginalRevenue:F2}">4.22</span>). Revenue is not profit. The course uses one contribution margin everywhere, m = **<span data-value="{UnitEconomics.ContributionMargin:P0}">45 %</span>** of the price (`UnitEconomics.ContributionMargin`: what a dollar of revenue leaves after the landed unit cost and the referral fee, before advertising; an assumption, not in the data), so an ad dollar pays for itself only if it brings more than 1/m ≈ **$<span data-value="{breakEven:F2}">2.22</span>** of revenue. All three channels clear that bar by far at today's spend, which says the **total** budget is probably too small, a separate and riskier decision (it extrapolates the curves beyond the spend levels observed). Even at a fixed total, the channels do not return the same: the next dollar should go where it earns most. The chart shows why the ranking is not fixed: each curve falls as spend rises.

// In [18] (cell "response-chart")
var typical = skuDays.OrderBy(s => s.Revenue).ElementAt(skuDays.Count / 2);
var grid = Enumerable.Range(0, 41).Select(i => 2.5 * i).ToArray();
var curves = channels.Select(ch =>
    Charts.Line(grid, grid.Select(x => ch.MarginalRevenue(x, typical.Revenue)), ch.Name));
CellValue.Show(() => Charts.Layout($"Marginal revenue of one more ad dollar ({typical.Sku}, median revenue SKU)",
    "daily spend on the channel (USD)", "revenue per extra dollar (USD)", curves.ToArray()));

// ### A budget reallocation that equalizes marginal returns
//
// Keep each SKU's total daily ad budget fixed and ask how to split it. The optimum of Σₖ bₖ ln(1 + xₖ/hₖ) subject to Σₖ xₖ = B is reached when **every funded channel returns the same at the margin**, bₖ/(hₖ + xₖ) = λ; if a dollar earned more on one channel than another, moving it would raise sales. `MarketingBudget.Reallocate` solves this exactly by water-filling and predicts revenue at unchanged prices (units scale by exp of the change in log lift).

// In [19] (cell "realloc")
var plans = skuDays.Select(s => MarketingBudget.Reallocate(channels, s.Spends, s.Revenue)).ToList();
double TrueGain(MarketingReallocation p) => p.RevenueBefore * (Math.Exp(
    MarketingBudget.Describe(trueChannels, p.Optimal.Spends).LogLift
    - MarketingBudget.Describe(trueChannels, p.Current.Spends).LogLift) - 1);
var gainPerYear = plans.Sum(p => p.RevenueGain) * 365;
var trueGainPerYear = plans.Sum(TrueGain) * 365;
var gainShare = plans.Sum(p => p.RevenueGain) / plans.Sum(p => p.RevenueBefore);
double[] Shares(Func<MarketingReallocation, MarketingAllocation> pick) => channels
    .Select((c, k) => plans.Sum(p => pick(p).Spends[k]) / plans.Sum(p => pick(p).Budget)).ToArray();
var shareNow = Shares(p => p.Current);
var shareNew = Shares(p => p.Optimal);
string Split(double[] s) => string.Join(" / ", s.Select(x => x.ToString("P0")));
Console.WriteLine(
    $"budget shares now {Split(shareNow)}, optimal {Split(shareNew)} (SP / SB / Display)");
Console.WriteLine($"expected revenue gain: ${gainPerYear:N0} a year ({gainShare:P2}); "
    + $"under the true parameters: ${trueGainPerYear:N0}");
SelfCheck.That(plans.All(p => Math.Abs(p.Optimal.Budget - p.Current.Budget) < 1e-9),
    "every SKU keeps its total ad budget");
SelfCheck.That(gainPerYear > 0 && trueGainPerYear > gainPerYear,
    "the estimated plan also gains under the true parameters, by more than estimated");
SelfCheck.That(shareNew[0] > shareNow[0] && shareNew[2] < shareNow[2],
    "the plan moves money from Display to SP");

// Moving money from Display and Sponsored Brands to Sponsored Products, **with the same total budget**, is expected to add about **$<span data-value="{gainPerYear / 1000:F0}">46</span> thousand of revenue a year** (<span data-value="{gainShare:P2}">0.13 %</span> of revenue); under the generator's true parameters the same plan gains $<span data-value="{trueGainPerYear / 1000:F0}">119</span> thousand: the estimate is conservative, because the Display coefficient is estimated a little high (<span data-value="{channelRows[2].FullModel:F3}">0.075</span> against a true <span data-value="{channelRows[2].True:F2}">0.06</span>), so the plan moves less money out of Display than it should. The gain is modest because the current split (<span data-value="{100 * shareNow[0]:F0}">55</span> / <span data-value="{100 * shareNow[1]:F0}">25</span> / <span data-value="{shareNow[2]:P0}">20 %</span> for SP / SB / Display) is not far from the optimum (<span data-value="{100 * shareNew[0]:F0}">66</span> / <span data-value="{100 * shareNew[1]:F0}">21</span> / <span data-value="{shareNew[2]:P0}">13 %</span>) and the curves are flat near it, which is typical: reallocation is a cheap, safe improvement; the big lever would be the *total* budget, which needs the profit margin (marginal revenue × m against 1, with m = <span data-value="{UnitEconomics.ContributionMargin:P0}">45 %</span>).
//
// Be honest about what the model assumes: the half-saturation spends h are taken as known; the confounders are controlled only as well as month dummies and event flags capture what the ad team reacts to; and the reallocation moves spend to levels inside the range observed (check before going further). A two-week test that shifts budget on half of the SKUs would confirm it causally.

// ## 8. Price elasticity by category
//
// The term `C(category):log(selling_price)` gives each category its own slope on log price. Because it has no category main effect in the formula, the library codes the factor in full (six columns, one slope each), as patsy does, rather than as differences from a reference. Within-SKU price variation from random promotions identifies each elasticity.

// In [20] (cell "elasticities")
var elasticityRows = truth.Categories
    .Select(c => (Truth: c, Row: Coef(demand, $"C(category)[{c.Name}]:log(selling_price)")))
    .ToList();
var elasticityTable = elasticityRows.Select(x => new { Category = x.Truth.Name,
    Estimate = x.Row.Estimate, Lower = x.Row.ConfidenceLower, Upper = x.Row.ConfidenceUpper,
    True = x.Truth.Elasticity }).ToList();
foreach (var x in elasticityRows)
    SelfCheck.Between(x.Truth.Elasticity, x.Row.ConfidenceLower, x.Row.ConfidenceUpper,
        $"true elasticity of {x.Truth.Name} inside its 95 % CI");
var feeLow = truth.Categories.Min(c => c.ReferralFeeRate);
var feeHigh = truth.Categories.Max(c => c.ReferralFeeRate);
var booksE = elasticityTable.Single(r => r.Category == "Books").Estimate;
var elecCutLift = Math.Pow(0.9, elecE) - 1;
var booksCutLift = Math.Pow(0.9, booksE) - 1;
SelfCheck.That(elecCutLift > booksCutLift, "a 10 % price cut lifts Electronics more than Books");
CellValue.Show(() => Tables.ToDataFrame(elasticityTable, digits: 3));

// In [21] (cell "elasticity-chart")
var labels = elasticityRows.Select(x => x.Truth.Name).ToList();
CellValue.Show(() => Charts.Layout("Price elasticity by category: estimate with 95 % CI and true value",
    "elasticity (d ln units / d ln price)", "",
    Charts.CoefficientPlot(elasticityRows.Select(x => x.Row).ToList(), "estimate (95 % CI)",
        labels),
    Charts.Markers(labels, elasticityRows.Select(x => x.Truth.Elasticity).ToList(), "true value")));

// All six true elasticities lie inside their intervals. The categories differ a lot: a 10 % price cut lifts units by about <span data-value="{elecCutLift:P0}">20 %</span> in Electronics but only <span data-value="{booksCutLift:P0}">8 %</span> in Books. Elasticity below −1 (**elastic**: Electronics, Toys, Home & Kitchen, Sports, Beauty) means a price cut raises revenue; above −1 (**inelastic**: Books) means it lowers revenue.

// ## 9. Revenue- and profit-maximizing prices
//
// With constant elasticity, units are Q(p) = Q₀ (p/p₀)^e. Two targets:
//
// - **Revenue** R = p·Q ∝ p^(1+e). For e < −1 the exponent is negative: revenue **falls** as the price rises, all the way down. There is no interior maximum; the "revenue-maximizing price" is a corner, the lowest price you allow (here the deepest deal in the data, 30 % off list). Only at unit elasticity is revenue flat. Maximizing revenue is therefore a bad objective for elastic products: it always says "cut the price", ignoring that every unit costs money.
// - **Profit** Π = (p(1 − r) − c)·Q with unit cost c and referral fee rate r. Setting dΠ/dp = 0 gives **p\* = c/(1 − r) · e/(1 + e)**, the Lerner rule: the markup over the fee-adjusted cost is e/(1 + e). It exists only for e < −1; for inelastic demand profit rises with every price increase (until the constant-elasticity model stops being true).
//
// **Assumption** (not in the data): the course's one contribution margin, m = <span data-value="{UnitEconomics.ContributionMargin:P0}">45 %</span> of the price at the regular (list) price (`UnitEconomics.ContributionMargin`, the same figure as for advertising above and for lost sales in notebook 4). With the referral fee rate r from the data README (<span data-value="{feeLow:P0}">8 %</span> for Electronics and Beauty, <span data-value="{feeHigh:P0}">15 %</span> for the others), the landed unit cost that leaves that margin is c = (1 − r − m) × list price (`UnitEconomics.LandedUnitCost`): <span data-value="{UnitEconomics.LandedUnitCost(1, feeHigh):P0}">40 %</span> of the list price in the <span data-value="{feeHigh:P0}">15 %</span> categories, <span data-value="{UnitEconomics.LandedUnitCost(1, feeLow):P0}">47 %</span> in Electronics and Beauty.

// In [22] (cell "pricing")
var pricing = elasticityRows.Select(x => {
    var rows = records.Where(r => r.Category == x.Truth.Name).ToList();
    var list = rows.Average(r => r.ListPrice);
    var units = rows.Average(r => (double)r.UnitsSold);
    var fee = x.Truth.ReferralFeeRate;
    var cost = UnitEconomics.LandedUnitCost(list, fee);
    var model = new PricingModel(x.Row.Estimate, list, units, cost, fee);
    var optimal = x.Row.Estimate < -1 ? model.ProfitMaximizingPrice() : double.NaN;
    var mostElastic = model with { Elasticity = x.Row.ConfidenceLower };
    var atMostElastic = x.Row.ConfidenceLower < -1
        ? mostElastic.ProfitMaximizingPrice() : double.NaN;
    var gain = double.IsNaN(optimal) ? double.NaN : model.Profit(optimal) - model.Profit(list);
    return new { Category = x.Truth.Name, Elasticity = x.Row.Estimate, FeeRate = fee,
        MeanListPrice = list, ProfitMaxPrice = optimal, OptimalVsList = optimal / list,
        AtMostElasticEnd = atMostElastic / list, ProfitGainPerDay = gain,
        RevenueMaxPrice = model.RevenueMaximizingPrice(0.7 * list, list) };
}).ToList();
CellValue.Show(() => Tables.ToDataFrame(pricing, digits: 3));

// In [23] (cell "pricing-check")
var elec = pricing.Single(p => p.Category == "Electronics");
var toys = pricing.Single(p => p.Category == "Toys");
var homePricing = pricing.Single(p => p.Category == "Home & Kitchen");
var sportsPricing = pricing.Single(p => p.Category == "Sports");
var beautyPricing = pricing.Single(p => p.Category == "Beauty");
var booksPricing = pricing.Single(p => p.Category == "Books");
var elecTrue = truth.Category("Electronics");
var elecTrueCost = UnitEconomics.LandedUnitCost(elec.MeanListPrice, elecTrue.ReferralFeeRate);
var elecTrueModel = new PricingModel(elecTrue.Elasticity, 1, 1, elecTrueCost,
    elecTrue.ReferralFeeRate);
var elecTruePrice = elecTrueModel.ProfitMaximizingPrice();
string[] nearUnit = ["Home & Kitchen", "Sports", "Beauty"];
var elastic = pricing.Where(p => p.Elasticity < -1).ToList();
SelfCheck.Near(UnitEconomics.LandedUnitCost(1, 0.15), 0.40, 1e-12,
    "at a 15 % fee the 45 % margin means a landed cost of 40 % of list");
SelfCheck.Near(elec.ProfitMaxPrice / elecTruePrice, 1, 0.05,
    "Electronics: estimated / true profit-maximizing price");
SelfCheck.That(double.IsNaN(pricing.Single(p => p.Category == "Books").ProfitMaxPrice),
    "Books (inelastic) has no interior profit-maximizing price");
SelfCheck.That(elastic.All(p => p.RevenueMaxPrice == 0.7 * p.MeanListPrice),
    "for elastic categories the revenue-maximizing price is the lowest allowed price (a corner)");
SelfCheck.That(pricing.Where(p => nearUnit.Contains(p.Category)).All(p => p.OptimalVsList > 1.9),
    "categories with e near -1 get p* of about twice the list price or more");

// How to read the table (OptimalVsList = p\*/mean list price):
//
// - **Electronics** (e ≈ −<span data-value="{-elec.Elasticity:F2}">1.77</span>, <span data-value="{elec.FeeRate:P0}">8 %</span> fee): p\* ≈ <span data-value="{elec.OptimalVsList:F2}">1.18</span> × list; the true elasticity gives nearly the same price. The model says today's list prices are below the profit optimum at a <span data-value="{UnitEconomics.ContributionMargin:P0}">45 %</span> margin, but only moderately.
// - **Toys** (e ≈ −<span data-value="{-toys.Elasticity:F2}">1.53</span>): p\* ≈ <span data-value="{toys.OptimalVsList:F2}">1.36</span> × list, worth about $<span data-value="{toys.ProfitGainPerDay:F0}">20</span> of contribution per SKU-day over today's list price: a price increase is worth testing.
// - **Home & Kitchen**, **Sports** and **Beauty** (e closer to −1): the markup e/(1+e) explodes as e approaches −1, so p\* is <span data-value="{homePricing.OptimalVsList:F2}">1.94</span>, <span data-value="{sportsPricing.OptimalVsList:F2}">3.39</span> and <span data-value="{beautyPricing.OptimalVsList:F2}">6.13</span> times the list price, and the column `AtMostElasticEnd` (p\* at the most elastic end of the CI) shows how uncertain it is. Such prices lie far outside the prices the data cover (deals of up to 30 % off, list prices that move by at most about 15 % a year), where the constant-elasticity model is not trustworthy (real demand becomes more elastic as the price rises toward competitors' prices). The honest recommendation is a **price test** of +5 to +10 %, not a jump to p\*.
// - **Books** (inelastic, e ≈ −<span data-value="{-booksPricing.Elasticity:F2}">0.72</span>): no interior optimum; the model says "raise prices", again only within the range observed.
// - **Revenue-maximizing price**: for every elastic category it is the lowest price allowed (70 % of list): a corner solution, and it would *lose* money on every category relative to p\*.
//
// The chart shows the trade-off for Electronics: revenue keeps climbing as the price falls, while profit peaks at p\*.

// In [24] (cell "pricing-chart")
var elecUnits = records.Where(r => r.Category == "Electronics").Average(r => (double)r.UnitsSold);
var elecCost = UnitEconomics.LandedUnitCost(elec.MeanListPrice, elec.FeeRate);
var elecModel = new PricingModel(elec.Elasticity, elec.MeanListPrice, elecUnits, elecCost,
    elec.FeeRate);
var prices = Enumerable.Range(0, 41).Select(i => elec.MeanListPrice * (0.6 + 0.025 * i)).ToArray();
var curve = elecModel.Curve(prices);
CellValue.Show(() => Charts.Layout("Electronics, average SKU: revenue and profit per day by price",
    "price (USD)", "USD per day",
    Charts.Line(prices, curve.Select(p => p.Revenue), "revenue"),
    Charts.Line(prices, curve.Select(p => p.Profit), "contribution profit")));

// ### How sure is p\*? A bootstrap confidence interval
//
// The table gives Toys a profit-maximizing price well above today's list price, but how precisely do the data pin it
// down? The price is a **nonlinear** function of the elasticity, $p^\* = \frac{c}{1-r}\cdot\frac{e}{1+e}$ (unit cost
// $c$, referral fee rate $r$), so the coefficient's standard error does not carry over directly: near $e = -1$ a small
// change in $e$ moves $p^\*$ enormously, and its sampling distribution is skewed. The **bootstrap** (ISLP §5.2) sidesteps
// the algebra: draw a new data set of the same size **with replacement** from the data, refit, recompute $p^\*$, repeat
// $B$ times, and read the standard error and a percentile interval off the $B$ replicates.
//
// What to resample must copy how the data could have come out differently. Rows that share a shock must stay together:
// every SKU on the same **day** shares that day's advertising budgets, events and anything else the model misses, while
// notebook 4 shows that a SKU's residuals are nearly independent from one day to the next. So we resample **whole days**
// (a cluster bootstrap with the date as the cluster). Resampling SKUs would be the other natural choice, but only the
// eight Toys SKUs inform the Toys elasticity, far too few clusters for a reliable interval.

// In [25] (cell "topic-bootstrap-setup")
var toysCategory = sales.Text("category").ToArray();
var toysRows = TableRows.Where(sales, i => toysCategory[i] == "Toys");
var toysFormula = "log(units_sold) ~ C(sku) + log(selling_price) + log(selling_price):prime_day"
    + " + log(competitor_price) + " + adTerms
    + " + dayofweek(date) + month(date) + time(date)"
    + " + prime_day + bfcm + holiday_season + avg_rating";
var toysTable = pricing.Single(p => p.Category == "Toys");
var (toysE, toysFee, toysList) = (toysTable.Elasticity, toysTable.FeeRate, toysTable.MeanListPrice);
// the unit cost the pricing table assumed, recovered from its p* = c/(1 - r) * e/(1 + e)
var toysCost = toysTable.ProfitMaxPrice * (1 - toysFee) * (1 + toysE) / toysE;
double PStarOverList(ITabularData rows)
{
    var fit = Ols.Fit(toysFormula, rows);
    var e = fit.Coefficients.Single(c => c.Name == "log(selling_price)").Estimate;
    return new PricingModel(e, toysList, 1, toysCost, toysFee).ProfitMaximizingPrice() / toysList;
}

// In [26] (cell "topic-bootstrap-run")
var toysDays = toysRows.Dates("date").ToArray();
var bootOptions = new BootstrapOptions { Replicates = 200, Seed = 2025 };
double OnDays(IReadOnlyList<int> rows) => PStarOverList(TableRows.Select(toysRows, rows));
var pStarBoot = Bootstrap.Clusters(toysDays, OnDays, bootOptions);
var bootRow = new { Statistic = "Toys p* / list price", pStarBoot.Estimate,
    BootstrapSe = pStarBoot.StandardError, Lower = pStarBoot.PercentileLower,
    Upper = pStarBoot.PercentileUpper, pStarBoot.Replicates, Days = pStarBoot.Clusters };
CellValue.Show(() => Tables.ToDataFrame(new[] { bootRow }, digits: 3));

// In [27] (cell "topic-bootstrap-chart")
CellValue.Show(() => Charts.Layout("Toys: bootstrap distribution of p* / list price", "p* / list price", "replicates",
    Charts.Histogram(pStarBoot.Values, "bootstrap replicates", bins: 25)));

// In [28] (cell "topic-bootstrap-check")
var pStarFirstTen = Bootstrap.Clusters(toysDays, OnDays, bootOptions with { Replicates = 10 });
var (pStarBelow, pStarAbove) = (pStarBoot.Estimate - pStarBoot.PercentileLower,
    pStarBoot.PercentileUpper - pStarBoot.Estimate);
SelfCheck.Between(pStarBoot.Estimate, pStarBoot.PercentileLower, pStarBoot.PercentileUpper,
    "Toys p* / list price inside its bootstrap percentile interval");
SelfCheck.That(pStarFirstTen.Values.SequenceEqual(pStarBoot.Values.Take(10)),
    "the same seed reproduces the bootstrap replicates");
SelfCheck.Between(toysTable.OptimalVsList, pStarBoot.PercentileLower, pStarBoot.PercentileUpper,
    "the pooled model's Toys p* / list price inside the Toys-only bootstrap interval");
SelfCheck.That(pStarAbove > pStarBelow,
    "the interval reaches further above the estimate than below");

// The Toys-only refit puts p\* at <span data-value="{pStarBoot.Estimate:F2}">1.42</span> times the list price (the
// pooled demand model above, which shares the calendar and advertising coefficients across categories, says
// <span data-value="{toysTable.OptimalVsList:F2}">1.36</span>), with a bootstrap standard error of
// <span data-value="{pStarBoot.StandardError:F2}">0.08</span> and a
// <span data-value="{pStarBoot.Level * 100:F0}">95</span> % percentile interval from
// <span data-value="{pStarBoot.PercentileLower:F2}">1.27</span> to
// <span data-value="{pStarBoot.PercentileUpper:F2}">1.60</span>
// (<span data-value="{pStarBoot.Replicates}">200</span> replicates, each of
// <span data-value="{pStarBoot.Clusters}">731</span> resampled days). The interval is lopsided, reaching
// <span data-value="{pStarAbove:F2}">0.18</span> above the estimate and <span data-value="{pStarBelow:F2}">0.15</span>
// below, as the curvature of $e/(1+e)$ predicts; a symmetric $\hat p^\* \pm 1.96\,\widehat{\text{SE}}$ would hide that.
//
// The data are clear that a Toys price increase pays; the interval measures only **sampling** uncertainty and says
// nothing about whether constant elasticity still holds that far above the prices observed, which is why the
// recommendation stays a price test. Two practical rules: fix the seed (the same seed gives the same replicates, as
// checked above), and choose $B$ by the purpose: a few hundred replicates for a standard error, a thousand or more for the
// tails of a percentile interval when time allows.

// ## Exercises
//
// Each exercise has an empty cell for your code, hints that go from a nudge to nearly the answer, and a worked solution in a collapsed cell below (click to expand it only after trying).

// ### Exercise 1: Prime Day elasticity of Toys
//
// Using the fitted `demand` model, compute the Toys elasticity on Prime Day (normal elasticity + interaction) and the percentage change in units when a Toys deal is deepened from 20 % to 30 % off on Prime Day. Compare with the same deal change on a normal day.

// In [29] (cell "exercise-1")

// <details><summary>Hint 1</summary>On Prime Day the log-price slope of a Toys SKU is the sum of two coefficients: its category's own slope and the shift that the interaction term adds on Prime Day.</details>
//
// <details><summary>Hint 2</summary>The two names are <code>C(category)[Toys]:log(selling_price)</code> and <code>log(selling_price):prime_day</code>; read them with <code>Coef(demand, name).Estimate</code>.</details>
//
// <details><summary>Hint 3</summary>Going from 20 % to 30 % off multiplies the price by 0.7/0.8, so median units change by (0.7/0.8)^e − 1: compute it once with the normal and once with the Prime Day elasticity.</details>

// In [30] (cell "exercise-1-solution")
var toysNormal = Coef(demand, "C(category)[Toys]:log(selling_price)").Estimate;
var toysPrime = toysNormal + Coef(demand, "log(selling_price):prime_day").Estimate;
var liftPrime = Math.Pow(0.7 / 0.8, toysPrime) - 1;
var liftNormal = Math.Pow(0.7 / 0.8, toysNormal) - 1;
Console.WriteLine($"Toys elasticity {toysNormal:F2} normally, {toysPrime:F2} on Prime Day");
Console.WriteLine(
    $"20 % -> 30 % off: +{liftNormal:P1} units normally, +{liftPrime:P1} on Prime Day");
var toysTruePrime = truth.Category("Toys").Elasticity + truth.Demand.PrimeDayElasticityShift;
SelfCheck.Near(toysPrime, toysTruePrime, 0.1, "Toys Prime Day elasticity vs its true value -1.65");
SelfCheck.That(liftPrime > liftNormal, "a deeper deal moves more units on Prime Day");

// ### Exercise 2: Drop a collinear channel and watch the bias
//
// Refit the ads-only model `adsOnly` with Sponsored Products alone (drop SB and Display). Compare the SP coefficient with the one in `adsOnly`. Explain the change with the omitted-variable bias formula.

// In [31] (cell "exercise-2")

// <details><summary>Hint 1</summary>Fit a second model with only the SP term and read its SP coefficient next to the one in <code>adsOnly</code>; compare the standard errors too.</details>
//
// <details><summary>Hint 2</summary><code>Ols.Fit("log(units_sold) ~ log1p(ad_spend_sp/25)", sales)</code>.</details>
//
// <details><summary>Hint 3</summary>Omitted-variable bias = (effect of the dropped channels) × (slope of the dropped channels on SP). Both are positive here: the channels share one budget (r ≈ <span data-value="{adCorrelation[0, 1]:F1}">0.9</span>) and both have positive effects.</details>

// In [32] (cell "exercise-2-solution")
var spOnly = Ols.Fit("log(units_sold) ~ log1p(ad_spend_sp/25)", sales);
var spWith = Coef(adsOnly, "log1p(ad_spend_sp/25)");
var spAlone = Coef(spOnly, "log1p(ad_spend_sp/25)");
Console.WriteLine($"SP coefficient with the other channels {spWith.Estimate:F3} "
    + $"(se {spWith.StandardError:F3}); alone {spAlone.Estimate:F3} "
    + $"(se {spAlone.StandardError:F3})");
SelfCheck.That(spAlone.Estimate > spWith.Estimate,
    "dropping the correlated channels loads their effect onto SP");
SelfCheck.That(spAlone.StandardError < spWith.StandardError,
    "...and makes SP's standard error smaller: precise, but biased");

// ### Exercise 3: A cheaper supplier for Home & Kitchen
//
// At the course's <span data-value="{UnitEconomics.ContributionMargin:P0}">45 %</span> margin and a <span data-value="{feeHigh:P0}">15 %</span> referral fee, the Home & Kitchen landed cost is <span data-value="{UnitEconomics.LandedUnitCost(1, feeHigh):P0}">40 %</span> of the list price. The buyer negotiates it down to 30 %. Using the estimated elasticity and the average Home & Kitchen SKU, compute the new profit-maximizing price and the contribution profit per SKU-day at that price. By what factor does the optimal price change, and why exactly by that factor?

// In [33] (cell "exercise-3")

// <details><summary>Hint 1</summary>Start from the row of <code>pricing</code> for Home & Kitchen: it holds the elasticity, the mean list price and the fee rate.</details>
//
// <details><summary>Hint 2</summary>Build <code>new PricingModel(e, list, units, 0.30 * list, 0.15)</code>, with <code>units</code> the category's average daily units, and call <code>ProfitMaximizingPrice()</code> and <code>Profit(price)</code>.</details>
//
// <details><summary>Hint 3</summary>Look at the formula p* = c/(1 − r)·e/(1 + e): which parts change when only c changes?</details>

// In [34] (cell "exercise-3-solution")
// p* = c/(1 − r)·e/(1 + e) is proportional to the unit cost c: with e and r unchanged,
// a cost 30/40 = 0.75 times as high gives an optimal price exactly 0.75 times as high.
var home = pricing.Single(p => p.Category == "Home & Kitchen");
var homeUnits = records.Where(r => r.Category == "Home & Kitchen")
    .Average(r => (double)r.UnitsSold);
var cheaperCost = 0.30 * home.MeanListPrice;
var cheaper = new PricingModel(home.Elasticity, home.MeanListPrice, homeUnits, cheaperCost,
    home.FeeRate);
var newPrice = cheaper.ProfitMaximizingPrice();
Console.WriteLine($"optimal price {home.ProfitMaxPrice:F2} -> {newPrice:F2} USD; "
    + $"profit per SKU-day at the new optimum {cheaper.Profit(newPrice):F0} USD");
SelfCheck.Near(newPrice / home.ProfitMaxPrice, 0.75, 1e-9,
    "the optimal price scales with the cost: 30 % / 40 %");

// ## Key takeaways
//
// - A formula states the model in one line; `C(x, Treatment("level"))` chooses the reference, `a:b` adds an interaction, `I(...)` arithmetic such as polynomials, and `dayofweek`/`month`/`time` the calendar. Column names follow patsy, so results compare directly with statsmodels.
// - Coefficients of terms in an interaction cannot be read alone: the Prime Day lift depends on the price (<span data-value="{primeLift:F2}">1.22</span> − <span data-value="{-delta.Estimate:F2}">0.15</span>·ln p).
// - Fixed effects (`C(sku)`) turn a between-SKU comparison (price coefficient *positive*) into a within-SKU one (elasticities that match the truth).
// - Exact collinearity makes a column **aliased** (R's NA): decide which parametrization you mean. Near collinearity inflates variances (VIF ≈ <span data-value="{meanVif:F0}">7</span> for the ad channels): combine, drop with care, shrink (ridge, notebook 5) or run an experiment.
// - Omitted variables that move with a regressor bias it, with a sign you can predict: events and budgets rise with discounts and demand, so leaving them out overstates both price and ad effects.
// - Test groups of terms with the nested F test, and read effect sizes next to p-values.
// - Marginal ROI falls with spend; the optimal split of a fixed budget equalizes it across channels. Here: shift toward Sponsored Products for about $<span data-value="{gainPerYear / 1000:F0}">46</span> thousand a year at the same total budget.
// - With constant elasticity e < −1 the profit-maximizing price is c/(1 − r)·e/(1 + e); revenue maximization is a corner and a poor objective. Estimates near e = −1 give unreliable optimal prices: test before you move.

// ## Quiz
//
// 1. Why does a formula with an intercept code six categories as five dummy columns?
// <details><summary>Answer</summary>Six dummies sum to 1 in every row, exactly the intercept column: the design would be rank-deficient (the dummy variable trap). Dropping the reference level makes each coefficient a difference from that level.</details>
//
// 2. The `prime_day` coefficient is <span data-value="{primeLift:F2}">1.22</span>. Does Prime Day multiply units by exp(<span data-value="{primeLift:F2}">1.22</span>) ≈ <span data-value="{Math.Exp(primeLift):F1}">3.4</span>?
// <details><summary>Answer</summary>No. Because of the interaction with log price, <span data-value="{primeLift:F2}">1.22</span> is the lift of a $1 item. For a $50 item the lift is <span data-value="{primeLift:F2}">1.22</span> − <span data-value="{-delta.Estimate:F3}">0.149</span>·ln 50 ≈ <span data-value="{primeLiftAt50:F2}">0.64</span>, a factor of about <span data-value="{Math.Exp(primeLiftAt50):F1}">1.9</span>.</details>
//
// 3. A model with `list_price`, `discount` and `selling_price` reports `selling_price` as aliased. Is the data broken?
// <details><summary>Answer</summary>No: selling_price = list_price − discount exactly, so the three columns are linearly dependent and only two coefficients are identified. Choose the parametrization you mean (usually log selling price).</details>
//
// 4. Leaving event flags out of the demand model makes price elasticities more negative. Explain the sign.
// <details><summary>Answer</summary>Events raise demand (positive effect) and come with deep discounts (negative correlation of event days with log price). The bias is effect × slope of the omitted variable on log price = positive × negative = negative.</details>
//
// 5. Sponsored Products returns more revenue per extra dollar than Display. Should all of the budget go to SP?
// <details><summary>Answer</summary>No: returns diminish, b/(h + spend) falls as SP spend rises. The optimum funds a channel until its marginal return falls to the common level λ; channels are cut only where even their first dollar returns less than λ.</details>
//
// 6. Books have elasticity −0.7. What price maximizes profit under constant elasticity?
// <details><summary>Answer</summary>None in the interior: with inelastic demand, raising the price lowers units by less than it raises the margin, so profit rises with every increase. In practice elasticity grows with price, so test moderate increases instead of trusting the model far outside the observed prices.</details>
//
// 7. A SKU spends $10 a day on Sponsored Products and sells $800 of revenue a day. With the estimated SP coefficient b = <span data-value="{spB:F3}">0.199</span> (half-saturation h = $<span data-value="{truth.AdChannels[0].HalfSaturation:0}">25</span>), what revenue does one more SP dollar bring, and does it pay for itself at the course's <span data-value="{UnitEconomics.ContributionMargin:P0}">45 %</span> margin? Compute before you open the answer.
// <details><summary>Answer</summary>Marginal revenue = revenue × b/(h + spend) = 800 × <span data-value="{spB:F3}">0.199</span>/<span data-value="{truth.AdChannels[0].HalfSaturation + 10:0}">35</span> ≈ $<span data-value="{channels[0].MarginalRevenue(10, 800):F2}">4.55</span>. Its contribution is <span data-value="{UnitEconomics.ContributionMargin:F2}">0.45</span> × <span data-value="{channels[0].MarginalRevenue(10, 800):F2}">4.55</span> ≈ $<span data-value="{UnitEconomics.ContributionMargin * channels[0].MarginalRevenue(10, 800):F2}">2.05</span> per ad dollar, more than the dollar spent (the break-even is 1/<span data-value="{UnitEconomics.ContributionMargin:F2}">0.45</span> ≈ $<span data-value="{breakEven:F2}">2.22</span> of revenue), so it pays. The hidden cell below computes it.</details>

// In [35] (cell "quiz-7-solution")
var quizMarginal = new MarketingChannel("ad_spend_sp", spB, 25).MarginalRevenue(10, 800);
var quizContribution = UnitEconomics.ContributionMargin * quizMarginal;
Console.WriteLine(
    $"one more SP dollar: ${quizMarginal:F2} of revenue, ${quizContribution:F2} of contribution");
SelfCheck.That(quizContribution > 1, "the extra SP dollar pays for itself at the 45 % margin");

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
