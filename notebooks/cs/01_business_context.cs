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

// The file-based twin of notebooks/01_business_context.ipynb: the same cells as one .NET 10 program, written by
// 'course export' (edit the notebook, not this file). From the repository's root:
//     dotnet run notebooks/cs/01_business_context.cs

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
using AmazonSalesRegression.Data.Generation;
using AmazonSalesRegression.Data.Loading;
using AmazonSalesRegression.Data.Quality;
using AmazonSalesRegression.Regression;
using AmazonSalesRegression.Teaching;
using AmazonSalesRegression.Visualization;
using Deedle;
using MathNet.Numerics.Statistics;

// # 1 · Business context: the marketplace, its KPIs and a tour of the data
//
// You are the new sales analyst for a seller with 48 products (SKUs) in six categories on an Amazon-style marketplace.
// Before fitting a single regression line you need to know what the business measures, which decisions it wants
// numbers for, and whether the data can be trusted. This notebook defines the KPIs and computes them, frames the four
// business questions of the course as regression problems, and takes a careful tour of two years of daily sales:
// quality checks, trends, seasons and events, categories, distributions, correlations, and the leakage trap that
// makes a useless model look perfect.
//
// **Learning objectives.** After this notebook you can
// - explain the marketplace's KPIs (revenue, units, conversion, ACoS/ROAS and their total-sales versions TACoS/total ROAS, price index, in-stock rate) and compute them by category and period;
// - state a business question as a regression problem: target, features, unit of analysis, and what a coefficient would mean;
// - state the project's success criteria and the level of aggregation each one is judged at;
// - audit a data set with reproducible checks (types, ranges, missing values, exact identities, duplicates, outliers);
// - resample and smooth a daily series with Deedle and read seasonality and event effects from it;
// - say why sales are modelled on the log scale, and recognise a leaking feature before it fools you.
//
// **Prerequisites.** Basic C# (LINQ, records); no statistics beyond means and percentages.
// **Estimated time.** 60–75 minutes.
//
// [Next: Linear regression fundamentals →](02_linear_regression_fundamentals.ipynb)

// In [1] (cell "setup")
CourseNotebook.Initialize();

// ## 1 · The marketplace
//
// A marketplace such as Amazon lets third-party sellers list products next to each other and next to the platform's
// own offers. A few mechanics matter for everything that follows:
//
// - **The product page.** Shoppers arrive at a product page (a *session*), look around (*page views*) and some of
//   them order (*units*). Conversion is units per session.
// - **Price and the Buy Box.** Each SKU has a *list price*; promotions and event deals give a *discount*, so the shopper
//   pays the *selling price*. Competing offers for similar products are tracked as the lowest *competitor price*.
// - **Advertising.** Sellers buy clicks in three channels: Sponsored Products (ads in search results), Sponsored Brands
//   (brand banners) and Sponsored Display (ads on and off the site). Spend is set daily per SKU.
// - **Fulfilment.** *FBA* (fulfilled by Amazon: Prime-eligible, fast delivery) or *FBM* (the merchant ships).
// - **Fees.** The marketplace takes a *referral fee*: a fixed percentage of each sale, by category.
// - **The calendar.** Prime Day (July), Black Friday to Cyber Monday (BFCM) and the holiday season move volumes far
//   more than any price change.
// - **Stock.** A SKU that runs out of stock stops selling mid-day: the data record what was *sold*, not what was
//   *wanted*, so out-of-stock days understate demand (they are *censored*).
//
// The data set is synthetic, generated from a documented model (`data/README.md`) whose true parameters we know. That
// lets this course do what no course on real data can: check every estimate against the truth.

// ## 2 · The analyst's role and the stakeholders
//
// An analyst turns data into decisions. Each stakeholder asks a different question, and each question needs a different
// model, a different error metric and a different level of aggregation:
//
// | Stakeholder | Decision | What they need from us | Horizon and level |
// | --- | --- | --- | --- |
// | Category manager | Which categories and SKUs to grow | Revenue and margin drivers, by category | Quarter, category |
// | Supply chain / demand planner | How much to order, and when | Unit forecasts with uncertainty (for safety stock) | Weeks, SKU |
// | Marketing manager | How to split the ad budget across channels | Incremental units per extra ad dollar, by channel | Month, channel |
// | Pricing manager | What price to set, and how deep to discount | Price elasticity: % change in units per % change in price | Weeks, SKU/category |
// | Finance | Plan revenue and fees | Revenue forecast, fee and ad-cost ratios | Month/year, total |
//
// The analyst's job is to state each question precisely, pick the data that answer it *without looking into the
// future*, fit and validate a model, and report the answer in the stakeholder's units (dollars, units, percent), with its
// uncertainty.

// ## 3 · Loading the data
//
// `SalesCsv.LoadTable` reads the CSV into a typed column table and checks every value against the schema (types, ranges,
// allowed labels, and `selling_price = list_price − discount`); any violation stops the load with the file's line and
// column. `SalesCsv.ToRecords` turns the table into one `SalesRecord` per row, and the ground truth comes from the JSON
// written by the generator.

// In [2] (cell "load")
var root = CoursePaths.FindRoot();
var table = SalesCsv.LoadTable(CoursePaths.SalesCsv(root));
var sales = SalesCsv.ToRecords(table);
var truth = GroundTruth.FromJson(File.ReadAllText(CoursePaths.TruthJson(root)));
CellValue.Show(() => Tables.ToDataFrame(sales.Take(5), digits: 6));

// In [3] (cell "check-shape")
int days = sales.Select(r => r.Date).Distinct().Count();
int skus = sales.Select(r => r.Sku).Distinct().Count();
SelfCheck.That(days == 731 && skus == 48, "731 days × 48 SKUs");
SelfCheck.That(sales.Count == days * skus && table.ColumnNames.Count == 22,
    "35,088 rows = 731 × 48, and 22 columns");

// Each row is one **SKU-day**: the sales of one product on one calendar day, from 2024-01-01 to 2025-12-31. That is
// the *unit of observation*. The business rarely decides at that level, though: planners order by week, finance plans by
// month. Choosing the level of aggregation is part of framing a question.

// ## 4 · The KPIs
//
// | KPI | Definition | Why it matters |
// | --- | --- | --- |
// | Revenue | Σ units × selling price (ordered product sales, USD) | The top line |
// | Units | Σ units ordered | Drives inventory and fulfilment |
// | Conversion | units / sessions | How well the page sells (price, reviews, Prime badge) |
// | ACoS | ad spend / **ad-attributed** revenue | Ad efficiency; the marketplace reports it per campaign |
// | ROAS | ad-attributed revenue / ad spend = 1 / ACoS | The same, as a return |
// | TACoS | ad spend / **total** revenue | What we can compute here (see below) |
// | Price index | selling price / competitor price | Below 1: cheaper than the competition |
// | In-stock rate | share of SKU-days in stock | Lost sales when it drops |
//
// **The attribution caveat.** ACoS and ROAS divide by the revenue the ad platform *attributes* to ad clicks (within an
// attribution window). Our data hold only *total* revenue per SKU-day, which includes organic sales that would have
// happened without any ad. So we compute **TACoS** (total ACoS) and **total ROAS** = revenue / ad spend. They are always
// lower (TACoS) or higher (ROAS) than the attributed versions, and neither says what an extra ad dollar *causes*. That
// causal question is the marketing-ROI regression of notebook 3.
//
// `KpiCalculator` computes all of them as ratios of totals (not averages of daily ratios), so they reconcile with the sums.

// In [4] (cell "kpi-total")
var kpi = KpiCalculator.Summarize(sales);
CellValue.Show(() => Tables.ToDataFrame([kpi], digits: 6));

// In [5] (cell "kpi-reconcile")
var rawRevenue = sales.Sum(r => r.Revenue);
long rawSessions = sales.Sum(r => (long)r.Sessions);
SelfCheck.Near(kpi.Revenue, rawRevenue, 0.01,
    "KPI revenue vs the raw sum of the revenue column (USD)");
SelfCheck.That(kpi.Units == sales.Sum(r => (long)r.UnitsSold),
    "KPI units equal the raw sum of units_sold");
SelfCheck.Near(kpi.Conversion, (double)kpi.Units / rawSessions, 1e-12,
    "conversion = units / sessions");
SelfCheck.Near(kpi.Tacos * kpi.TotalRoas, 1, 1e-12, "TACoS × total ROAS");
SelfCheck.Near(kpi.Revenue / 1e6, 69.98, 0.005, "two-year revenue (USD million)");

// The headline numbers, with self-checks that stop the notebook if the data change (the prose below is bound to the
// same values, so it cannot drift from them either):

// In [6] (cell "kpi-numbers")
SelfCheck.That(kpi.Units == 1_434_811, "1,434,811 units in two years");
SelfCheck.Near(kpi.Conversion, 0.102, 0.0005, "conversion (units / sessions)");
SelfCheck.Near(kpi.AdSpend / 1e6, 1.70, 0.005, "ad spend (USD million)");
SelfCheck.Near(kpi.Tacos, 0.024, 0.0005, "TACoS");
SelfCheck.Near(kpi.TotalRoas, 41.2, 0.05, "total ROAS");
SelfCheck.Near(kpi.PriceIndex, 0.968, 0.0005, "price index");
SelfCheck.Near(kpi.InStockRate, 0.969, 0.0005, "in-stock rate");

// Over two years the 48 SKUs sold **<span data-value="{kpi.Units:N0}">1,434,811</span> units for \$<span data-value="{kpi.Revenue / 1e6:F2}">69.98</span> million**, about \$<span data-value="{Math.Round(kpi.Revenue / days / 1000) * 1000:N0}">96,000</span> a day.
// Shoppers converted **<span data-value="{kpi.Conversion:P1}">10.2 %</span>** of sessions into units. The seller spent **\$<span data-value="{kpi.AdSpend / 1e6:F2}">1.70</span> million** on ads: a
// TACoS of **<span data-value="{kpi.Tacos:P1}">2.4 %</span>** (<span data-value="{100 * kpi.Tacos:F1}">2.4</span> cents of ad spend per dollar of sales), a total ROAS of **<span data-value="{kpi.TotalRoas:F0}">41</span>**. Remember these
// are *total* ratios: the attributed ACoS the ad console would show is higher, since only part of revenue follows an ad
// click. On average our selling price was **<span data-value="{1 - kpi.PriceIndex:P1}">3.2 %</span> below** the competitor's (price index <span data-value="{kpi.PriceIndex:F3}">0.968</span>) and SKUs were in
// stock on **<span data-value="{kpi.InStockRate:P1}">96.9 %</span>** of days; each out-of-stock day censors sales, a loss exercise 4 puts in units.

// In [7] (cell "kpi-year")
var years = KpiCalculator.ByPeriod(sales, KpiPeriod.Year);
CellValue.Show(() => Tables.ToDataFrame(years, digits: 5));

// In [8] (cell "kpi-year-check")
var revenueGrowth = years[1].Revenue / years[0].Revenue - 1;
var unitsGrowth = (double)years[1].Units / years[0].Units - 1;
SelfCheck.Near(revenueGrowth, 0.054, 0.0005, "revenue growth 2025 vs 2024");
SelfCheck.Near(years[0].Revenue + years[1].Revenue, kpi.Revenue, 0.01,
    "the two years add up to the total (USD)");

// Revenue grew from **\$<span data-value="{years[0].Revenue / 1e6:F2}">34.07</span> million in 2024 to \$<span data-value="{years[1].Revenue / 1e6:F2}">35.91</span> million in 2025 (+<span data-value="{revenueGrowth:P1}">5.4 %</span>)** and units
// by <span data-value="{unitsGrowth:P1}">5.7 %</span>. The generator's trend adds <span data-value="{truth.Demand.TrendPerYear:F2}">0.08</span> a year to log demand (×<span data-value="{Math.Exp(truth.Demand.TrendPerYear):F3}">1.083</span>, +<span data-value="{Math.Exp(truth.Demand.TrendPerYear) - 1:P1}">8.3 %</span> a year);
// list-price changes and the calendar (2025 had a four-day Prime Day, 2024 a two-day one) move the realised growth. A
// good forecast must separate the trend from such one-off effects, which is what regression is for.

// ## 5 · Four business questions, framed as regression problems
//
// A regression models a **target** y as a function of **features** x: y ≈ β₀ + β₁x₁ + … + βₖxₖ. Framing a question means
// choosing y, the x's, the unit of analysis (the rows), and knowing beforehand what a coefficient would mean in business
// terms. The rule that guards all four: a feature must be **known at the time the decision is made**.
//
// | Question | Target y | Features x (known in advance) | Unit of analysis | A coefficient means |
// | --- | --- | --- | --- | --- |
// | **Forecasting**: how much will we sell next month? | ln units (or revenue) | calendar (trend, weekday, month), events, planned price and ad budget | SKU-day, summed to week/month | β of `prime_day` = <span data-value="{truth.Demand.PrimeDayLift}">1.2</span> on ln units: Prime Day multiplies units by e^<span data-value="{truth.Demand.PrimeDayLift}">1.2</span> ≈ <span data-value="{Math.Exp(truth.Demand.PrimeDayLift):F1}">3.3</span> (for a \$1 item; price interacts) |
// | **Demand planning**: how much stock to hold? | units per SKU-week | the forecast's features; the *prediction interval* sets safety stock | SKU-week | the interval's width, in units, is what safety stock must cover |
// | **Marketing ROI**: what does an extra ad dollar buy? | ln units | ln(1 + spend/h) per channel, plus price, season and events as controls (spend rises in peak season: confounding) | SKU-day | β of a channel: % more units per unit of its log-spend term; diminishing returns |
// | **Pricing**: what price maximises revenue or profit? | ln units | ln selling price (by category), ln competitor price, controls | SKU-day | β of ln price = elasticity: −1.3 means 1 % higher price → 1.3 % fewer units |
//
// Why logs? Demand is **multiplicative**: a 10 % discount, Prime Day and a weekend multiply units, they do not add a
// fixed number. On the log scale, multiplication becomes addition, which is exactly what a linear model can represent.
// Section 6.7 shows this in the data.

// ### 5.1 What success means, and at which level
//
// The project that this course follows was started with success criteria. A criterion without the level it is measured
// at means nothing: the same model's percentage error is several times larger on single SKU-days than on weekly
// category totals, because summing days and SKUs averages the noise away. So each criterion names its level (planners order per SKU, but the forecast is judged on the category totals
// that capacity and budgets are planned on):
//
// | Criterion | Threshold | Measured on | Where the course reports it |
// | --- | --- | --- | --- |
// | Forecast fit, R² | > 0.8 | **weekly category totals** (units per category per full Monday-to-Sunday week) of the holdout quarter, Oct–Dec 2025, with a model trained only on earlier days | notebooks 4 and 5, the report |
// | Forecast error, MAPE | < 10 % | the same weekly category totals | notebooks 4 and 5, the report |
// | Prediction latency | < 100 ms per request, at the 99th percentile | the prediction service, per request | notebook 5 and `docs/performance.md` (measured) |
// | Uptime | > 99.9 % per month | the running service | not measurable in a course: in production the load balancer's health checks on `/ping` and CloudWatch alarms track it |
// | Error rate | < 1 % of requests per month | the running service (server errors, `5xx`) | not measurable in a course: the service's `/metrics` counts requests by status, and a CloudWatch alarm watches the share |
//
// "Full weeks only" matters: the holdout quarter starts on a Wednesday and ends on a Wednesday, and a partial week's total
// is small by construction (section 6.3 shows the same trap), which would inflate a percentage error. The cell below
// counts the weeks the criteria are judged on.
//
// **Unit economics.** Finance supplies one figure the data cannot: the **contribution margin**, the share of a unit's
// selling price left after the landed unit cost (product, shipping, fulfilment) and the referral fee, before advertising.
// The course uses one value everywhere, the library constant `UnitEconomics.ContributionMargin` in
// `AmazonSalesRegression.Business`: <span data-value="{UnitEconomics.ContributionMargin * 100:F0}">45</span> % at list price (deal days sell the same unit for less, so their margin is
// thinner). Notebook 3 uses it for the break-even of an ad dollar and the profit-maximising price, notebook 4 for the
// cost of forecast errors.

// In [9] (cell "success-weeks")
var holdoutStart = CourseSplit.TestStart;
var holdoutEnd = new DateOnly(2025, 12, 31);
var firstMonday = holdoutStart.AddDays((7 - ((int)holdoutStart.DayOfWeek + 6) % 7) % 7);
int fullWeeks = (holdoutEnd.DayNumber - firstMonday.DayNumber + 1) / 7;
int categoryWeeks = fullWeeks * sales.Select(r => r.Category).Distinct().Count();
Console.WriteLine($"holdout {holdoutStart:yyyy-MM-dd} ({holdoutStart.DayOfWeek})"
    + $" to {holdoutEnd:yyyy-MM-dd} ({holdoutEnd.DayOfWeek})");
Console.WriteLine($"full weeks from Monday {firstMonday:yyyy-MM-dd}: {fullWeeks}");
SelfCheck.That(fullWeeks == 12 && categoryWeeks == 72,
    "12 full weeks × 6 categories = 72 weekly category totals");

// The demand-planning criteria are therefore judged on <span data-value="{categoryWeeks}">72</span> numbers: <span data-value="{fullWeeks}">12</span> full weeks times <span data-value="{categoryWeeks / fullWeeks}">6</span> categories. That is
// few: notebook 4 shows how much such a metric moves from one quarter to the next.

// ## 6 · A tour of the data
// ### 6.1 Data dictionary
//
// | Column | Type | Unit | Meaning | Known at forecast time? |
// | --- | --- | --- | --- | --- |
// | `date` | date | day | Calendar day, 2024-01-01 to 2025-12-31 | yes |
// | `sku` | text | – | Product id, category prefix + number (`ELEC-001`) | yes |
// | `category` | text | – | Electronics, Home & Kitchen, Books, Beauty, Toys, Sports | yes |
// | `fulfilment` | text | – | `FBA` or `FBM`, fixed per SKU | yes |
// | `list_price` | decimal | USD | List price, ends in .99 | yes (planned) |
// | `selling_price` | decimal | USD | Price paid = `list_price − discount` exactly | yes (planned) |
// | `discount` | decimal | USD | Promotion or event deal, 0–30 % of list | yes (planned) |
// | `competitor_price` | decimal | USD | Lowest competing offer | partly (observed daily) |
// | `ad_spend_sp`, `ad_spend_sb`, `ad_spend_display` | decimal | USD | Daily spend per ad channel | yes (budgeted) |
// | `sessions`, `page_views` | integer | visits | Page traffic that day | **no: same-day outcome** |
// | `avg_rating`, `review_count` | decimal, integer | stars, reviews | Shown that day | yes (yesterday's value) |
// | `in_stock` | 0/1 | – | In stock all day (0 = sales censored) | planned, not guaranteed |
// | `prime_day`, `bfcm`, `holiday_season` | 0/1 | – | Event flags | yes (calendar) |
// | `units_sold` | integer | units | Units ordered: **the target** | – |
// | `revenue` | decimal | USD | `units_sold × selling_price` exactly | **no: outcome** |
// | `referral_fee` | decimal | USD | Marketplace fee = rate × revenue | **no: outcome (the leakage trap)** |
//
// The loader knows the types; here they are as read:

// In [10] (cell "types")
var columnTypes = table.Columns.Select(c => new {
    column = c.Name, type = c.Type.ToString(), numeric = c.IsNumeric.ToString() });
CellValue.Show(() => Tables.ToDataFrame(columnTypes));

// Dates are parsed as dates, labels as categories, money as doubles, counts as integers and flags as 0/1 booleans: no
// column needs cleaning before use. The schema also rejected any out-of-range value on load.

// ### 6.2 Data-quality checks
//
// Never trust a data set you have not checked. `SalesDataQuality.Check` runs reproducible checks and names every
// offending row (index, day, SKU, columns): missing values, duplicate keys, the complete day × SKU panel, the two exact
// money identities **in cents** (floating-point dollars would need a tolerance; cents are integers), value ranges, and
// unit spikes found with robust z-scores (median and MAD, which outliers cannot inflate).

// In [11] (cell "quality")
var quality = SalesDataQuality.Check(sales);
CellValue.Show(() => quality.Summary);

// In [12] (cell "quality-checks")
SelfCheck.That(quality[SalesDataQuality.PriceIdentity].Passed,
    "selling_price = list_price − discount holds on all 35,088 rows, to the cent");
SelfCheck.That(quality[SalesDataQuality.RevenueIdentity].Passed,
    "revenue = units_sold × selling_price holds on every row, to the cent");
var panelComplete = quality[SalesDataQuality.UniqueKeys].Passed
    && quality[SalesDataQuality.CompletePanel].Passed;
SelfCheck.That(panelComplete,
    "no duplicate (date, sku) and no missing SKU-day");
SelfCheck.That(quality[SalesDataQuality.NoMissing].Passed, "no missing values");
SelfCheck.That(quality.Checks.Count(c => !c.Passed) == 1, "only the unit-spike check flags rows");

// Every structural check passes: the identities hold exactly, so `selling_price`, `list_price` and `discount` carry only
// two independent numbers (putting all three in a regression makes the design matrix exactly collinear, notebook 3), and
// `revenue` is a deterministic function of `units_sold`. Only the spike check flags rows. Let us look at them:

// In [13] (cell "spikes")
var spikes = OutlierScan.Find(sales);
var bulkOrder = spikes.Single(s => s.Sku == "BOOK-004");
var viralDay = spikes.Single(s => s.Sku == "SPRT-007");
CellValue.Show(() => Tables.ToDataFrame(spikes, digits: 6));

// The scan flags <span data-value="{spikes.Count}">7</span> SKU-days. Of these, <span data-value="{spikes.Count(s =&gt; s.ConversionZ &gt; 10)}">6</span> have a **conversion** z-score above 10: far more units than the traffic
// explains, the signature of a bulk (B2B) order; BOOK-004 on 2025-05-25 sold <span data-value="{bulkOrder.Units}">483</span> units to <span data-value="{bulkOrder.Sessions}">294</span> sessions, more
// units than visitors. One, SPRT-007 on 2024-06-03, has ordinary conversion but a **demand** spike (z <span data-value="{viralDay.DemandZ:F1}">6.4</span>) with traffic
// to match (<span data-value="{viralDay.Sessions:N0}">5,673</span> sessions): a viral mention. Neither kind reflects repeatable demand, so a model for planning
// should not chase them: notebook 2 shows their leverage, and notebook 3 decides whether to drop or flag them.
//
// How good is the scan? The generator recorded the <span data-value="{truth.Outliers.Count}">8</span> outliers it injected, so we can grade it:

// In [14] (cell "spikes-truth")
var injected = truth.Outliers.Select(o => (o.Date, o.Sku)).ToHashSet();
var found = spikes.Where(s => injected.Contains((s.Date, s.Sku))).ToList();
SelfCheck.That(found.Count == spikes.Count,
    "every flagged spike is one of the generator's injected outliers (no false alarms)");
SelfCheck.That(found.Count == 7, "the scan finds 7 of the 8 injected outliers from the data alone");

// In [15] (cell "spikes-missed")
var scores = OutlierScan.Scores(sales);
var missed = scores
    .Where(s => injected.Contains((s.Date, s.Sku)) && !spikes.Any(f => f.Row == s.Row))
    .Select(s => new {
        s.Date, s.Sku, s.Units, s.DemandZ,
        rank = scores.Count(o => o.DemandZ >= s.DemandZ),
        truth = truth.Outliers.Single(o => o.Date == s.Date && o.Sku == s.Sku).Reason });
CellValue.Show(() => Tables.ToDataFrame(missed, digits: 3));

// In [16] (cell "spikes-missed-check")
var miss = missed.Single();
var missFactor = truth.Outliers.Single(o => o.Date == miss.Date && o.Sku == miss.Sku).Factor;
int ordinaryAbove = scores
    .Count(s => s.DemandZ > miss.DemandZ && !injected.Contains((s.Date, s.Sku)));
SelfCheck.That(miss.Sku == "ELEC-001" && miss.Date == new DateOnly(2025, 12, 18),
    "the one miss is ELEC-001 on 2025-12-18");
SelfCheck.That(ordinaryAbove == 10,
    "ten ordinary SKU-days have a higher demand z than the missed outlier");

// The scan has no false alarms but misses one: ELEC-001's viral mention on 2025-12-18 (<span data-value="{miss.Units}">240</span> units, factor <span data-value="{missFactor:F2}">4.78</span>) has
// a demand z of only <span data-value="{miss.DemandZ:F1}">3.9</span>: it fell in the holiday season, in the noisiest category, and <span data-value="{ordinaryAbove}">10</span> ordinary SKU-days
// score higher. Lowering the threshold to catch it would flag those <span data-value="{ordinaryAbove}">10</span> ordinary days too. That is the honest limit of
// outlier detection: an outlier smaller than the noise cannot be told from the noise, and a few undetected outliers are
// the reason notebook 4 also reports robust metrics.

// ### 6.3 The time series, resampled and smoothed with Deedle
//
// Daily totals are noisy and dominated by weekday swings. Deedle's `ResampleEquivalence` groups the daily series into
// weeks (keyed by their Monday) and sums them; a 4-week moving mean smooths what is left so the trend and the seasons show.

// In [17] (cell "ts-weekly")
var dailyUnits = DeedleLoader.DailySeries(table, "units_sold");
DateTime MondayOf(DateTime d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));
var weekly = dailyUnits.ResampleEquivalence(MondayOf, week => week.Sum());
var smooth = Stats.movingMean(4, weekly).DropMissing();
SelfCheck.That(dailyUnits.KeyCount == 731 && weekly.KeyCount == 105,
    "731 days resample into 105 weeks (keyed by Monday; only the last week is partial)");
SelfCheck.Near(weekly.Sum(), kpi.Units, 0.5, "weekly totals add up to the two-year units");
var peakWeek = weekly.Observations.MaxBy(kv => kv.Value);
var peakAsExpected = peakWeek.Key == new DateTime(2025, 11, 24) && peakWeek.Value == 35470;
SelfCheck.That(peakAsExpected && weekly.GetAt(0) == 13488,
    "peak week from 2025-11-24 with 35,470 units; first week 13,488");

// In [18] (cell "ts-chart")
CellValue.Show(() => Charts.Layout("Units sold per week, all 48 SKUs", "week (Monday)", "units per week",
    Charts.Line(weekly.Keys, weekly.Values, "weekly total"),
    Charts.Line(smooth.Keys, smooth.Values, "4-week moving mean")));

// The weekly totals start near **<span data-value="{Math.Round(weekly.GetAt(0) / 100) * 100:N0}">13,500</span> units** a week in January 2024 and peak at **<span data-value="{peakWeek.Value:N0}">35,470</span>** in the week of BFCM 2025
// (from Monday 2025-11-24), with a smaller spike in the Prime Day weeks of July. The moving mean shows the mild upward
// trend and the yearly wave. The last week is partial (2025 ends on a Wednesday), so its total is low by construction:
// always check the ends of a resampled series. Resampling before charting keeps the figure small: <span data-value="{weekly.KeyCount}">105</span> points instead
// of <span data-value="{sales.Count:N0}">35,088</span>.

// ### 6.4 Seasonality: weekday and month
//
// To compare weekdays fairly, average the daily totals per weekday over ordinary days only (no events), and express them
// relative to Monday. The generator's truth is a multiplicative effect e^w per weekday, so the log of the ratio should be
// near w.

// In [19] (cell "weekday")
bool IsEventDay(SalesRecord r) => r.PrimeDay || r.BlackFridayCyberMonday || r.HolidaySeason;
var ordinary = sales.Where(r => !IsEventDay(r)).ToList();
var byWeekday = ordinary.GroupBy(r => r.Date)
    .Select(g => (day: g.Key.DayOfWeek, units: g.Sum(r => (double)r.UnitsSold)))
    .GroupBy(d => d.day).ToDictionary(g => g.Key, g => g.Average(d => d.units));
// Monday first: DayOfWeek numbers Sunday 0 to Saturday 6
var weekdays = Enumerable.Range(0, 7).Select(k => (DayOfWeek)((k + 1) % 7)).ToArray();
var weekdayIndex = weekdays.Select(d => byWeekday[d] / byWeekday[DayOfWeek.Monday]).ToArray();
CellValue.Show(() => Charts.Layout("Average daily units by weekday (ordinary days), relative to Monday", "weekday",
    "index (Monday = 1)",
    Charts.LabelledBar(weekdays.Select(d => d.ToString()), weekdayIndex, "index", decimals: 3)));

// In [20] (cell "weekday-check")
var satTruth = truth.Demand.WeekdayEffects.Single(w => w.Day == DayOfWeek.Saturday).Effect;
var ordinaryDays = ordinary.Select(r => r.Date).Distinct().Count();
SelfCheck.Near(Math.Log(weekdayIndex[5]), satTruth, 0.04,
    "ln(Saturday / Monday) vs the generator's Saturday effect 0.10");
SelfCheck.Near(weekdayIndex[5], 1.105, 0.005, "Saturday index");

// Saturday sells **<span data-value="{weekdayIndex[5] - 1:P1}">10.5 %</span> more** than Monday, Sunday <span data-value="{weekdayIndex[6] - 1:P1}">8.0 %</span> more, Friday <span data-value="{weekdayIndex[4] - 1:P1}">3.5 %</span> more, and Tuesday to
// Thursday <span data-value="{1 - weekdayIndex[1..4].Max():P1}">2.6 %</span>–<span data-value="{1 - weekdayIndex[1..4].Min():P1}">5.1 %</span> less. The log of the Saturday ratio, <span data-value="{Math.Log(weekdayIndex[5]):F4}">0.0996</span>, matches the generator's Saturday effect
// of <span data-value="{satTruth:F2}">0.10</span>: with <span data-value="{ordinaryDays}">645</span> ordinary days the weekday means are precise. For a planner, the weekday pattern is worth
// a tenth of a day's volume: small next to events.

// In [21] (cell "month")
var monthly = KpiCalculator.ByPeriod(sales, KpiPeriod.Month);
double PerDay(KpiSummary k, int m) =>
    (double)k.Units / DateTime.DaysInMonth(int.Parse(k.Group[..4]), m);
var byMonth = Enumerable.Range(1, 12)
    .Select(m => monthly.Where(k => k.Group.EndsWith($"-{m:00}")).Average(k => PerDay(k, m)))
    .ToArray();
var invariant = System.Globalization.CultureInfo.InvariantCulture;
var monthNames = invariant.DateTimeFormat.AbbreviatedMonthNames[..12];
CellValue.Show(() => Charts.Layout("Average units per day by calendar month (both years)", "month", "units per day",
    Charts.LabelledBar(monthNames, byMonth, "units per day", decimals: 0)));

// In [22] (cell "month-check")
int peakMonth = Array.IndexOf(byMonth, byMonth.Max());
int lowMonth = Array.IndexOf(byMonth, byMonth.Min());
SelfCheck.That(peakMonth is 6 or 10 or 11,
    "the peak month is July (Prime Day) or November/December (BFCM, holidays)");
SelfCheck.That(peakMonth == 11 && lowMonth == 4, "December is the busiest month, May the quietest");
SelfCheck.Near(byMonth.Max() / byMonth.Min(), 1.90, 0.005, "December / May units per day");

// The busiest calendar month, December, sells **<span data-value="{byMonth.Max() / byMonth.Min():F1}">1.9</span> times** as many units per day as the quietest, May. How much of that
// is the smooth yearly wave? The generator knows: its two pairs of Fourier terms give the seasonal part of log demand on
// every day of the year.

// In [23] (cell "season-truth")
// the generator's yearly term: the sum over harmonics j of s_j sin(2πjt) + c_j cos(2πjt)
double Seasonal(double t) => truth.Demand.Seasonality.Sum(f =>
    f.SinCoefficient * Math.Sin(2 * Math.PI * f.Harmonic * t)
    + f.CosCoefficient * Math.Cos(2 * Math.PI * f.Harmonic * t));
var period = truth.Demand.SeasonalPeriodDays;
var wave = Enumerable.Range(0, 365).Select(day => Seasonal(day / period)).ToArray();
double waveLow = wave.Min(), waveHigh = wave.Max();
var lowDay = new DateOnly(2025, 1, 1).AddDays(Array.IndexOf(wave, waveLow));
Console.WriteLine($"seasonal term: {waveLow:F3} (×{Math.Exp(waveLow):F2}, {lowDay:MMM d})"
    + $" to {waveHigh:F3}"
    + $" (×{Math.Exp(waveHigh):F2}, Jan 1)");
SelfCheck.Near(waveLow, -0.138, 0.0005, "lowest seasonal term (log units)");
SelfCheck.Near(waveHigh, 0.12, 0.0005, "highest seasonal term (log units)");

// The yearly wave moves log demand between <span data-value="{waveLow:F3}">-0.138</span> (early May) and +<span data-value="{waveHigh:F3}">0.120</span> (New Year), that is between
// ×<span data-value="{Math.Exp(waveLow):F2}">0.87</span> and ×<span data-value="{Math.Exp(waveHigh):F2}">1.13</span>: about ±<span data-value="{(Math.Exp(waveHigh) - Math.Exp(waveLow)) / 2:P0}">13 %</span> around the average. That explains why May is the quietest
// month and accounts for a ratio of ×<span data-value="{Math.Exp(waveHigh - waveLow):F2}">1.29</span> between the top and the bottom of the wave, but not for December's ×<span data-value="{byMonth.Max() / byMonth.Min():F1}">1.9</span>: the rest
// comes from BFCM and the holiday season, and from the deeper promotions and bigger ad budgets that come with them. A
// model needs both: smooth seasonal terms (or month dummies) *and* event flags.

// ### 6.5 Event effects
//
// Average the daily total units over four kinds of days. Holiday-season days *contain* BFCM, so "holiday (not BFCM)"
// excludes BFCM days to keep the groups disjoint.

// In [24] (cell "events")
string Kind(SalesRecord r) => r.PrimeDay ? "Prime Day" : r.BlackFridayCyberMonday ? "BFCM"
    : r.HolidaySeason ? "Holiday (not BFCM)" : "Ordinary";
var dayTotals = sales.GroupBy(r => r.Date)
    .Select(g => (
        kind: Kind(g.First()),
        units: g.Sum(r => (double)r.UnitsSold),
        revenue: g.Sum(r => r.Revenue)))
    .ToList();
var ordinaryMean = dayTotals.Where(d => d.kind == "Ordinary").Average(d => d.units);
var events = new[] { "Ordinary", "Holiday (not BFCM)", "BFCM", "Prime Day" }.Select(k => new {
    kind = k,
    days = dayTotals.Count(d => d.kind == k),
    unitsPerDay = dayTotals.Where(d => d.kind == k).Average(d => d.units),
    revenuePerDay = dayTotals.Where(d => d.kind == k).Average(d => d.revenue),
    lift = dayTotals.Where(d => d.kind == k).Average(d => d.units) / ordinaryMean }).ToList();
CellValue.Show(() => Tables.ToDataFrame(events, digits: 4));

// In [25] (cell "events-check")
double Lift(string kind) => events.Single(e => e.kind == kind).lift;
int Days(string kind) => events.Single(e => e.kind == kind).days;
double liftPrime = Lift("Prime Day"), liftBfcm = Lift("BFCM");
double liftHoliday = Lift("Holiday (not BFCM)");
SelfCheck.That(Days("Prime Day") == 6 && Days("BFCM") == 8,
    "6 Prime Days (2 + 4) and 8 BFCM days (4 + 4)");
SelfCheck.Near(liftPrime, 3.03, 0.05, "Prime Day units per day vs ordinary days");
SelfCheck.Near(liftBfcm, 4.51, 0.05, "BFCM units per day vs ordinary days");
SelfCheck.Near(liftHoliday, 1.60, 0.05, "holiday-season (not BFCM) units per day vs ordinary days");

// How to read the multipliers: on an ordinary day the 48 SKUs sell about <span data-value="{ordinaryMean:N0}">1,762</span> units. A holiday-season day
// outside BFCM sells ×<span data-value="{liftHoliday:F2}">1.60</span> as many, a Prime Day ×<span data-value="{liftPrime:F2}">3.03</span>, a BFCM day ×<span data-value="{liftBfcm:F2}">4.51</span>. For a demand planner these *raw*
// multipliers are the useful numbers: a Prime Day needs about <span data-value="{liftPrime:F0}">3</span> ordinary days of stock, a BFCM day about <span data-value="{liftBfcm:F1}">4.5</span>.
//
// They are not what the event itself does to demand, though. Each bundles the event's own lift with everything that
// comes with the event: deals of 15 to 30 % on most SKUs (with elasticities around −<span data-value="{-truth.Categories.Average(c =&gt; c.Elasticity):F1}">1.3</span>, a 20 % deal alone adds
// about <span data-value="{Math.Pow(0.8, truth.Categories.Average(c =&gt; c.Elasticity)) - 1:P0}">33 %</span> more units), ad budgets raised for the event, the season and the trend. The generator's
// pure event terms are much smaller:

// In [26] (cell "events-truth")
var demand = truth.Demand;
double PrimeTerm(SalesRecord r) =>
    Math.Exp(demand.PrimeDayLift + demand.PrimeDayElasticityShift * Math.Log(r.SellingPrice));
var purePrime = sales.Where(r => r.PrimeDay).Average(PrimeTerm);
var pureBfcm = Math.Exp(demand.BlackFridayCyberMondayLift + demand.HolidaySeasonLift);
var pureHoliday = Math.Exp(demand.HolidaySeasonLift);
var eventTerms = new[] {
    (kind: "Holiday (not BFCM)", raw: liftHoliday, alone: pureHoliday),
    (kind: "BFCM", raw: liftBfcm, alone: pureBfcm),
    (kind: "Prime Day", raw: liftPrime, alone: purePrime) };
SelfCheck.That(eventTerms.All(e => e.alone < e.raw),
    "every event's own term is smaller than its raw multiplier");
var eventRows = eventTerms.Select(e => new {
    e.kind, rawMultiplier = e.raw, eventTermAlone = e.alone });
CellValue.Show(() => Tables.ToDataFrame(eventRows, digits: 3));

// The holiday flag alone multiplies demand by ×<span data-value="{pureHoliday:F2}">1.28</span>, BFCM by ×<span data-value="{pureBfcm:F2}">2.34</span> (its own lift times the holiday lift, since BFCM
// days are holiday days) and Prime Day by ×<span data-value="{purePrime:F2}">2.05</span> on average (its lift shrinks with price as
// $e^{1.2 - 0.15 \ln p}$, so cheap items gain most). The rest of each raw multiplier comes from the deals, the ad budgets and the
// season. Separating those parts is the job of a regression with price, advertising and event terms side by side
// (notebook 3); crediting the whole ×<span data-value="{liftPrime:F2}">3.03</span> to "Prime Day" would overstate what the event is worth without its deals.

// In [27] (cell "events-chart")
var h2 = dailyUnits.Where(kv => kv.Key >= new DateTime(2024, 6, 1) && kv.Key.Year == 2024);
var eventDays = dayTotals.Zip(dailyUnits.Keys)
    .Where(p => p.First.kind is "Prime Day" or "BFCM" && p.Second.Year == 2024).ToList();
CellValue.Show(() => Charts.Layout("Daily units, June–December 2024: events stand out", "date", "units per day",
    Charts.Line(h2.Keys, h2.Values, "daily units"),
    Charts.Markers(eventDays.Select(p => p.Second), eventDays.Select(p => p.First.units),
        "Prime Day / BFCM")));

// ### 6.6 Category breakdowns
//
// The KPI table by category: revenue, units, average selling price (revenue per unit), conversion, TACoS, price index and
// in-stock rate.

// In [28] (cell "category")
var byCategory = KpiCalculator.ByCategory(sales);
CellValue.Show(() => Tables.ToDataFrame(byCategory, digits: 4));

// As shares of the two-year revenue:

// In [29] (cell "category-share")
var shares = byCategory.Select(c => c.Revenue / kpi.Revenue).ToArray();
SelfCheck.Near(shares.Sum(), 1, 1e-12, "category revenue shares sum to 1");
SelfCheck.That(byCategory.Sum(c => c.Units) == kpi.Units, "category units add up to total units");
CellValue.Show(() => Charts.Layout("Share of two-year revenue by category", "category", "share of revenue (%)",
    Charts.LabelledBar(byCategory.Select(c => c.Group), shares.Select(s => 100 * s),
        "revenue share %")));

// In [30] (cell "category-check")
KpiSummary Cat(string name) => byCategory.Single(c => c.Group == name);
var elec = Cat("Electronics");
var books = Cat("Books");
var sports = Cat("Sports");
var beauty = Cat("Beauty");
SelfCheck.That(byCategory.MaxBy(c => c.Revenue)!.Group == "Sports",
    "Sports earns the most revenue");
SelfCheck.Near(sports.Revenue / kpi.Revenue, 0.309, 0.0005, "Sports revenue share");
SelfCheck.Near(elec.AverageSellingPrice, 90.36, 0.005, "Electronics revenue per unit (USD)");
SelfCheck.Near(books.AverageSellingPrice, 15.72, 0.005, "Books revenue per unit (USD)");

// Sports earns the most revenue (**<span data-value="{sports.Revenue / kpi.Revenue:P1}">30.9 %</span>** of the total) with fewer units than Books, because its products are
// expensive: revenue per unit is **\$<span data-value="{sports.AverageSellingPrice:F0}">105</span>** in Sports and **\$<span data-value="{elec.AverageSellingPrice:F2}">90.36</span>** in Electronics against **\$<span data-value="{books.AverageSellingPrice:F2}">15.72</span>** in Books. Books
// and Beauty sell many cheap units with the highest conversion; Books also has the highest TACoS (<span data-value="{100 * books.Tacos:F1}">4.5</span> cents of ads per
// dollar), ahead of Toys and Beauty. Electronics converts worst (<span data-value="{elec.Conversion:P1}">7.5 %</span>). Category therefore matters for every
// question: price levels, elasticities and noise differ by category, so models will include it as a factor.

// ### 6.7 Distributions, and why logs help
//
// Units per SKU-day are right-skewed: most days sell a few dozen, a few sell hundreds. Take in-stock days (out-of-stock
// days are censored and often 0, whose log is undefined) and compare the distribution of units with that of ln units.

// In [31] (cell "dist-units")
var inStockUnits = sales.Where(r => r.InStock).Select(r => (double)r.UnitsSold).ToArray();
var logUnits = inStockUnits.Select(u => Math.Log(u)).ToArray();
var unitBins = inStockUnits.GroupBy(u => Math.Floor(u / 20) * 20).OrderBy(g => g.Key).ToArray();
CellValue.Show(() => Charts.Layout("Units per SKU-day (in stock), bins of 20 units: long right tail",
    "units (bin start)", "SKU-days",
    Charts.Bar(unitBins.Select(b => b.Key.ToString("F0")), unitBins.Select(b => (double)b.Count()),
        "SKU-days")));

// Now the same SKU-days on the log scale:

// In [32] (cell "dist-log")
var logBins = logUnits.GroupBy(l => Math.Floor(l * 10) / 10).OrderBy(g => g.Key).ToArray();
CellValue.Show(() => Charts.Layout("ln(units) per SKU-day (in stock), bins of 0.1: nearly symmetric",
    "ln(units) (bin start)", "SKU-days",
    Charts.Bar(logBins.Select(b => b.Key.ToString("F1")), logBins.Select(b => (double)b.Count()),
        "SKU-days")));

// In [33] (cell "skew")
double skewUnits = Statistics.Skewness(inStockUnits), skewLog = Statistics.Skewness(logUnits);
SelfCheck.Near(skewUnits, 5.71, 0.05, "skewness of units");
SelfCheck.Near(skewLog, 0.18, 0.05, "skewness of ln units");
SelfCheck.That(Math.Abs(skewLog) < Math.Abs(skewUnits) / 5,
    "the log shrinks the skewness at least five-fold");

// The skewness of units is **<span data-value="{skewUnits:F1}">5.7</span>**: a long right tail (the outliers, events, and large SKUs). On the log scale it is
// **<span data-value="{skewLog:F2}">0.18</span>**, nearly symmetric. The reason is the data-generating process: demand is a *product* of factors (base level ×
// price effect × season × event × noise e^ε), so ln demand is a *sum* of terms with normal noise. That gives three
// reasons to model ln units: effects become additive (a linear model fits), the noise becomes roughly normal with a
// constant spread per category (the assumptions of notebook 2), and a slope on ln price is an elasticity.

// In [34] (cell "price-dist")
var skuPrices = sales.GroupBy(r => r.Sku).Select(g => g.Average(r => r.SellingPrice)).ToArray();
var priceSpan = skuPrices.Max() / skuPrices.Min();
SelfCheck.Near(priceSpan, 40.8, 0.5, "dearest / cheapest SKU's average selling price");
CellValue.Show(() => Charts.Layout("Average selling price per SKU (48 SKUs) on the log scale",
    "ln(average selling price, USD)", "SKUs",
    Charts.Histogram(skuPrices.Select(p => Math.Log(p)), "ln price", bins: 20)));

// Prices span a factor of about **<span data-value="{priceSpan:F0}">41</span>** between the cheapest and the dearest SKU (a few dollars for a book, hundreds for
// electronics). On the log scale they spread evenly: another reason to enter price as ln price, where a 10 % change means
// the same for a \$8 book and a \$300 speaker.

// ### 6.8 Correlations
//
// Pearson correlations of key numeric columns, on SKU-days. Price and spend differ by orders of magnitude across SKUs, so
// we use their logs (ln(1 + x) for spend and counts that can be 0), as the models will.

// In [35] (cell "corr")
var corrCols = new (string name, Func<SalesRecord, double> f)[] {
    ("ln units", r => Math.Log(1 + r.UnitsSold)),
    ("ln price", r => Math.Log(r.SellingPrice)),
    ("discount %", r => r.Discount / r.ListPrice),
    ("ln ad SP", r => Math.Log(1 + r.AdSpendSponsoredProducts)),
    ("ln ad SB", r => Math.Log(1 + r.AdSpendSponsoredBrands)),
    ("ln ad display", r => Math.Log(1 + r.AdSpendDisplay)),
    ("ln sessions", r => Math.Log(1 + r.Sessions)),
    ("rating", r => r.AverageRating),
    ("ln revenue", r => Math.Log(1 + r.Revenue)),
    ("ln referral fee", r => Math.Log(1 + r.ReferralFee)) };
var corr = Correlation.PearsonMatrix(corrCols.Select(c => sales.Select(c.f).ToArray()).ToArray());
var labels = corrCols.Select(c => c.name).ToArray();
double[] CorrRow(int i) =>
    Enumerable.Range(0, labels.Length).Select(j => Math.Round(corr[i, j], 3)).ToArray();
var corrRows = Enumerable.Range(0, labels.Length).Select(CorrRow).ToArray();
CellValue.Show(() => Charts.Heatmap(labels, labels, corrRows,
    "Correlations of key columns (SKU-days; logs of price, spend and counts)"));

// In [36] (cell "corr-check")
var rawAds = new[] {
    sales.Select(r => r.AdSpendSponsoredProducts).ToArray(),
    sales.Select(r => r.AdSpendSponsoredBrands).ToArray(),
    sales.Select(r => r.AdSpendDisplay).ToArray() };
var adCorr = Correlation.PearsonMatrix(rawAds);
var adCorrMin = Math.Min(adCorr[0, 1], Math.Min(adCorr[0, 2], adCorr[1, 2]));
SelfCheck.Between(adCorrMin, 0.85, 0.95,
    "smallest pairwise correlation of the three ad channels (raw USD)");
SelfCheck.Between(corr[8, 9], 0.95, 1, "correlation of ln referral fee with ln revenue");
Console.WriteLine($"corr(ln units, ln sessions) = {corr[0, 6]:F3}");
Console.WriteLine($"corr(ln units, ln revenue) = {corr[0, 8]:F3}");
Console.WriteLine($"corr(ln units, ln ad SP) = {corr[0, 3]:F3}");
Console.WriteLine($"corr(ln units, ln price) = {corr[0, 1]:F3}");

// Read the heat map row by row. The three ad channels correlate at about **<span data-value="{adCorrMin:F1}">0.9</span>** with each other (raw dollars: the
// smallest pair is <span data-value="{adCorrMin:F3}">0.896</span>), because they split one daily budget: a regression will struggle to tell their effects apart
// (multicollinearity, notebook 3). ln units correlate strongly with ln sessions (<span data-value="{corr[0, 6]:F2}">0.75</span>), but sessions are the same day's
// outcome. ln revenue and ln referral fee are near-copies of each other (<span data-value="{corr[8, 9]:F2}">0.97</span>): both are computed from units.

// ### 6.9 The leakage trap
//
// A **leaking feature** carries information about the target that would not be available when the model is used. The
// fee is computed *from* revenue, and revenue is units × price: a model with `referral_fee` as a feature "predicts" units
// from a disguised copy of units. Sessions and page views are subtler: they are the same day's traffic, caused by the
// same demand, and unknown when you forecast tomorrow.
//
// **A preview of regression.** The next cell fits three regressions with the course library. Fitting and reading a
// regression is what notebooks 2 and 3 teach; here treat `Ols.Fit` as a black box and look at one number only, R², the
// share of the variation of ln units a model reproduces (1 = all of it). Fit an honest model of ln units on features a
// planner knows in advance, then add the fee, then same-day sessions:

// In [37] (cell "leak-honest")
const string honest = "log1p(units_sold) ~ log(selling_price) + C(category)"
    + " + prime_day + bfcm + holiday_season + in_stock";
var fitHonest = Ols.Fit(honest, table);
var fitLeak = Ols.Fit(honest + " + log1p(referral_fee)", table);
var fitTraffic = Ols.Fit(honest + " + log1p(sessions)", table);
var leakModels = new[] {
    ("honest (planned features)", fitHonest),
    ("+ ln referral fee (leak)", fitLeak),
    ("+ ln sessions (same-day outcome)", fitTraffic) };
var leakRows = leakModels.Select(m => new {
    model = m.Item1, rSquared = m.Item2.RSquared, residualSd = m.Item2.ResidualStandardError });
CellValue.Show(() => Tables.ToDataFrame(leakRows, digits: 4));

// In [38] (cell "leak-check")
SelfCheck.That(fitHonest.ResponseName.Contains("units_sold"),
    "the target is units_sold (on the log scale)");
SelfCheck.Near(fitHonest.RSquared, 0.504, 0.005, "R² of the honest model");
SelfCheck.Near(fitLeak.RSquared, 0.980, 0.005,
    "R² with the referral fee: a red flag, not a success");
SelfCheck.Near(fitTraffic.RSquared, 0.948, 0.005,
    "R² with same-day sessions: also leakage for forecasting");

// The honest model explains **<span data-value="{fitHonest.RSquared:P1}">50.4 %</span>** of the variance of ln units. Adding the fee lifts R² to **<span data-value="{fitLeak.RSquared:F3}">0.980</span>**, and adding
// same-day sessions to **<span data-value="{fitTraffic.RSquared:F3}">0.948</span>**, yet neither model can forecast anything: next week's fee and next week's sessions are
// not known until the units are sold. A jump in R² that looks too good to be true usually is. The rule for every
// notebook that follows: **features must be known at prediction time**; `referral_fee`, `revenue`, `sessions` and
// `page_views` are never features for forecasting units.

// ## 7 · Exercises
//
// Each exercise has an empty code cell for your answer, hints that go from a nudge to nearly the answer (open them one
// at a time), and a worked solution in a hidden cell below it: it runs with the notebook and checks itself, so open it
// only to compare.

// ### Exercise 1: Which category spends most on ads per dollar of sales?
// Compute TACoS (ad spend / revenue) for each category and find the highest. Then express it as "cents of ad spend per
// dollar of revenue", and verify it from the raw columns.
//
// <details><summary>Hint 1</summary>
//
// TACoS is a ratio of totals, not an average of daily ratios. Section 4 computed it for everything at once; is there a version by category?
// </details>
//
// <details><summary>Hint 2</summary>
//
// `KpiCalculator.ByCategory(sales)` already has a `Tacos` column, and `MaxBy(c => c.Tacos)` picks the row.
// </details>
//
// <details><summary>Hint 3</summary>
//
// Cents per dollar = 100 × TACoS. To verify, keep that category's rows of `sales` and divide the sum of the three ad-spend columns by the sum of `Revenue`.
// </details>

// In [39] (cell "exercise-1-code")

// In [40] (cell "exercise-1-solution")
var top = KpiCalculator.ByCategory(sales).MaxBy(c => c.Tacos)!;
var rows1 = sales.Where(r => r.Category == top.Group).ToList();
double AdSpend(SalesRecord r) =>
    r.AdSpendSponsoredProducts + r.AdSpendSponsoredBrands + r.AdSpendDisplay;
var adSpend1 = rows1.Sum(AdSpend);
var tacos1 = adSpend1 / rows1.Sum(r => r.Revenue);
Console.WriteLine($"{top.Group}: {100 * top.Tacos:F1} cents of ad spend per dollar of revenue");
SelfCheck.Near(tacos1, top.Tacos, 1e-9, $"TACoS of {top.Group} recomputed from the raw columns");

// ### Exercise 2: The best week
// Resample daily **revenue** to weeks with Deedle (as in section 6.3) and find the week with the highest revenue. Which event
// does it contain?
//
// <details><summary>Hint 1</summary>
//
// Do what section 6.3 did for units, with the revenue column.
// </details>
//
// <details><summary>Hint 2</summary>
//
// `DeedleLoader.DailySeries(table, "revenue")`, then `ResampleEquivalence(MondayOf, w => w.Sum())` with the `MondayOf` function of section 6.3.
// </details>
//
// <details><summary>Hint 3</summary>
//
// `series.Observations.MaxBy(kv => kv.Value)` gives the week's Monday; compare its seven days with the event calendar in `data/README.md`.
// </details>

// In [41] (cell "exercise-2-code")

// In [42] (cell "exercise-2-solution")
var dailyRevenue = DeedleLoader.DailySeries(table, "revenue");
var weeklyRevenue = dailyRevenue.ResampleEquivalence(MondayOf, w => w.Sum());
var best = weeklyRevenue.Observations.MaxBy(kv => kv.Value);
var bestDays = sales.Where(r => r.Date.ToDateTime(TimeOnly.MinValue) >= best.Key
    && r.Date.ToDateTime(TimeOnly.MinValue) < best.Key.AddDays(7)).ToList();
Console.WriteLine($"best week starts {best.Key:yyyy-MM-dd}: {best.Value:N0} USD");
SelfCheck.Near(weeklyRevenue.Sum(), kpi.Revenue, 0.01, "weekly revenue adds up to total revenue");
SelfCheck.That(bestDays.Any(r => r.BlackFridayCyberMonday), "the best week contains BFCM days");

// ### Exercise 3: Unmask the leak
// Show that `referral_fee` is a fixed share of `revenue` within each category: compute the ratio fee / revenue per
// category (on rows with revenue > 0) and compare it with the generator's fee rate.
//
// <details><summary>Hint 1</summary>
//
// Within a category the fee is rate × revenue on every row, so the ratio of the sums is the rate.
// </details>
//
// <details><summary>Hint 2</summary>
//
// `sales.Where(r => r.Revenue > 0).GroupBy(r => r.Category)`, then `g.Sum(r => r.ReferralFee) / g.Sum(r => r.Revenue)` per group.
// </details>
//
// <details><summary>Hint 3</summary>
//
// `truth.Category(name).ReferralFeeRate` is the true rate. Rounding each fee to the cent makes a daily ratio wobble, so compare with a tolerance of 0.001.
// </details>

// In [43] (cell "exercise-3-code")

// In [44] (cell "exercise-3-solution")
var feeRates = sales.Where(r => r.Revenue > 0).GroupBy(r => r.Category)
    .Select(g => new {
        category = g.Key,
        rate = g.Sum(r => r.ReferralFee) / g.Sum(r => r.Revenue),
        trueRate = truth.Category(g.Key).ReferralFeeRate })
    .ToList();
foreach (var f in feeRates) SelfCheck.Near(f.rate, f.trueRate, 0.001, $"fee rate of {f.category}");
CellValue.Show(() => Tables.ToDataFrame(feeRates, digits: 4));

// ### Exercise 4: What does a stock-out cost?
// Compare average units per SKU-day on in-stock and out-of-stock days, per category, and estimate the units lost over the
// two years as (in-stock mean − out-of-stock mean) × out-of-stock days. Why is this only a rough estimate?
//
// <details><summary>Hint 1</summary>
//
// Group by category, then split each group by `InStock` and average `UnitsSold` on each side.
// </details>
//
// <details><summary>Hint 2</summary>
//
// Per category: `lost = (inStock.Average(r => r.UnitsSold) - outOfStock.Average(r => r.UnitsSold)) * outOfStock.Count`. Guard against a category without stock-outs.
// </details>
//
// <details><summary>Hint 3</summary>
//
// For the "why": think about *when* stock-outs happen and *which* SKUs they hit, and what the out-of-stock rows still contain.
// </details>
//
// <details><summary>Answer to "why rough"</summary>
//
// Stock-outs are not spread evenly over the calendar and the SKUs: a stock-out in December, or of a best-seller, loses
// more than the category's average day says, and one in May less. The out-of-stock mean also still counts the units sold
// before the shelf emptied. A regression with SKU and calendar terms, fitted on in-stock days and used to predict the
// demand of the out-of-stock days, does better.
// </details>

// In [45] (cell "exercise-4-code")

// In [46] (cell "exercise-4-solution")
var lost = sales.GroupBy(r => r.Category).Select(g => {
    var inStock = g.Where(r => r.InStock).ToList();
    var outOfStock = g.Where(r => !r.InStock).ToList();
    var outMean = outOfStock.Count == 0 ? 0 : outOfStock.Average(r => r.UnitsSold);
    var gap = inStock.Average(r => r.UnitsSold) - outMean;
    return new { category = g.Key, outDays = outOfStock.Count, lostUnits = gap * outOfStock.Count };
}).ToList();
SelfCheck.That(lost.Sum(l => l.outDays) == sales.Count(r => !r.InStock),
    "out-of-stock days add up across categories");
SelfCheck.That(lost.All(l => l.lostUnits >= 0), "stock-outs never add units");
CellValue.Show(() => Tables.ToDataFrame(lost, digits: 4));

// ## Key takeaways
//
// - The business measures revenue (\$<span data-value="{kpi.Revenue / 1e6:F2}">69.98</span> M over two years), units (<span data-value="{kpi.Units / 1e6:F2}">1.43</span> M), conversion (<span data-value="{kpi.Conversion:P1}">10.2 %</span>), ad efficiency
//   and price position; with total revenue only, we report **TACoS (<span data-value="{kpi.Tacos:P1}">2.4 %</span>) and total ROAS (<span data-value="{kpi.TotalRoas:F0}">41</span>)**, not attributed
//   ACoS/ROAS, and neither is causal.
// - Each business question becomes a regression with a target, features known in advance, a unit of analysis and a
//   coefficient with a business meaning (elasticity, event lift, return per ad dollar). Success is judged at a stated
//   level: R² and MAPE on weekly category totals of the holdout quarter, latency, uptime and errors at the service.
// - The data pass every structural check (exact price and revenue identities, a complete 731 × 48 panel, no duplicates
//   or missing values); robust z-scores find <span data-value="{found.Count}">7</span> of the <span data-value="{truth.Outliers.Count}">8</span> injected outliers with no false alarm.
// - Demand is multiplicative: Saturdays (+<span data-value="{weekdayIndex[5] - 1:P0}">10 %</span>), Prime Day (×<span data-value="{liftPrime:F1}">3.0</span>), BFCM (×<span data-value="{liftBfcm:F1}">4.5</span>) and a yearly wave of about
//   ±<span data-value="{(Math.Exp(waveHigh) - Math.Exp(waveLow)) / 2:P0}">13 %</span>; raw event multipliers bundle deals and ad pushes with the event itself. Logs turn effects additive
//   and make units nearly symmetric (skewness <span data-value="{skewUnits:F1}">5.7</span> → <span data-value="{skewLog:F2}">0.18</span>).
// - The ad channels are ~<span data-value="{adCorrMin:F1}">0.9</span> correlated (multicollinearity ahead), and `referral_fee`, `revenue`, `sessions` and
//   `page_views` leak the target: R² <span data-value="{fitHonest.RSquared:F2}">0.50</span> → <span data-value="{fitLeak.RSquared:F2}">0.98</span> with the fee is a warning, not a result.

// ## Quiz
//
// 1. Your dashboard shows a ROAS of 8 computed as total revenue / ad spend. Why can't you tell the marketing manager that
//    each ad dollar returns \$8?
//    <details><summary>Answer</summary>Total revenue includes organic sales that would happen without ads, so this is
//    total ROAS, not attributed ROAS; and even attributed ROAS is not causal. The incremental return of an extra dollar
//    needs a model that controls for the season and events that drive both spend and sales (notebook 3).</details>
// 2. A colleague's model of daily units has R² = 0.999 and uses `referral_fee`. What do you tell them?
//    <details><summary>Answer</summary>The fee is a fixed percentage of revenue = units × price: it is computed from
//    the target and unknown before the sale. The R² measures leakage, not skill; drop it (and same-day sessions for a
//    forecast).</details>
// 3. Why do we model ln(units) rather than units?
//    <details><summary>Answer</summary>Demand is multiplicative (discounts, events and weekdays scale units by a
//    factor), units are right-skewed with noise growing with the level; on the log scale effects add up, the distribution
//    is nearly symmetric, and a slope on ln price is an elasticity.</details>
// 4. Why are `selling_price`, `list_price` and `discount` never used together as features?
//    <details><summary>Answer</summary>selling_price = list_price − discount exactly on every row, so the three columns
//    are perfectly collinear and their separate coefficients are not identified.</details>
// 5. What is the unit of analysis of the data, and at which level does a demand planner need forecasts?
//    <details><summary>Answer</summary>One SKU-day per row. A planner orders per SKU per week (or per lead time), so
//    forecasts are summed to SKU-weeks for ordering; the course's success criteria judge them one level up, on weekly
//    category totals (section 5.1), where the noise of single SKUs averages out.</details>
// 6. Beauty's total ROAS is <span data-value="{beauty.TotalRoas:F1}">29.5</span>. What is its TACoS, and how many dollars of advertising go with each \$1,000 of
//    Beauty revenue? (A computation: no code needed.)
//    <details><summary>Worked answer</summary>TACoS = 1 / total ROAS = 1 / <span data-value="{beauty.TotalRoas:F1}">29.5</span> = <span data-value="{1 / beauty.TotalRoas:P1}">3.4 %</span>, so
//    \$1,000 of revenue goes with about \$<span data-value="{1000 / beauty.TotalRoas:F0}">34</span> of ad spend (the category table's `Tacos` column agrees).</details>
// 7. An ordinary day sells about <span data-value="{ordinaryMean:N0}">1,762</span> units across all SKUs, and Prime Day's raw multiplier is ×<span data-value="{liftPrime:F2}">3.03</span>. How many extra
//    units must the warehouse ship on one Prime Day? And why should the pricing manager not read ×<span data-value="{liftPrime:F2}">3.03</span> as what Prime
//    Day is worth?
//    <details><summary>Worked answer</summary>(<span data-value="{liftPrime:F2}">3.03</span> − 1) × <span data-value="{ordinaryMean:N0}">1,762</span> ≈ <span data-value="{(liftPrime - 1) * ordinaryMean:N0}">3,570</span> extra units (about <span data-value="{liftPrime * ordinaryMean:N0}">5,332</span> in all).
//    The multiplier includes the event deals and the raised ad budgets; the event term alone is about
//    ×<span data-value="{purePrime:F1}">2.0</span> (section 6.5).</details>

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
